package com.managedmrr.bootstrap;

import com.managedmrr.domain.port.AdminSessionPort;
import com.managedmrr.domain.port.SignInAttemptPort;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module boundaries, checked on the production classes. Each rule must match something: a rule that matches
 * nothing ({@code failOnEmptyShould}) is a broken rule, not a passing one.
 */
@AnalyzeClasses(packages = "com.managedmrr",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeTestJars.class})
class ArchitectureTest {

    private static final String DOMAIN = "com.managedmrr.domain..";
    private static final String APPLICATION = "com.managedmrr.application..";
    private static final String WEB = "com.managedmrr.web..";
    private static final String PERSISTENCE = "com.managedmrr.persistence..";
    private static final String BOOTSTRAP = "com.managedmrr.bootstrap..";

    @ArchTest
    static final ArchRule the_domain_depends_on_nothing_but_the_jdk = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..")
            .because("the model and its rules must stay free of frameworks, SQL, HTTP and JSON");

    @ArchTest
    static final ArchRule the_application_depends_on_nothing_but_the_domain_and_the_jdk = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
            .because("use cases orchestrate the domain through ports and know no adapter or framework");

    @ArchTest
    static final ArchRule the_core_knows_nothing_of_vertx = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAPackage("io.vertx..")
            .because("async ports return java.util.concurrent.CompletionStage; the adapters convert to Vert.x");

    @ArchTest
    static final ArchRule the_web_adapter_does_not_depend_on_the_persistence_adapter = noClasses()
            .that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAPackage(PERSISTENCE)
            .because("adapters meet only through the application's use cases and the domain's ports");

    @ArchTest
    static final ArchRule the_persistence_adapter_does_not_depend_on_the_web_adapter = noClasses()
            .that().resideInAPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAPackage(WEB)
            .because("adapters meet only through the application's use cases and the domain's ports");

    @ArchTest
    static final ArchRule nothing_depends_on_bootstrap = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .because("bootstrap wires everything together; nothing may reach back into the wiring");

    @ArchTest
    static final ArchRule only_bootstrap_and_persistence_touch_jdbc_or_flyway = noClasses()
            .that().resideOutsideOfPackages(BOOTSTRAP, PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..")
            .because("SQL and schema migrations are the persistence adapter's business, started by bootstrap");

    @ArchTest
    static final ArchRule use_cases_are_interfaces_in_the_application = classes()
            .that().haveSimpleNameEndingWith("UseCase")
            .should().beInterfaces()
            .andShould().resideInAPackage(APPLICATION)
            .because("a use case is the application's inbound port: one intent, one interface");

    @ArchTest
    static final ArchRule ports_are_interfaces_in_the_domain = classes()
            .that().haveSimpleNameEndingWith("Port")
            .should().beInterfaces()
            .andShould().resideInAPackage(DOMAIN)
            .because("outbound ports say what the core needs from the world; adapters implement them");

    @ArchTest
    static final ArchRule application_services_implement_a_use_case = classes()
            .that().resideInAPackage(APPLICATION)
            .and().haveSimpleNameEndingWith("Service")
            .should().implement(JavaClass.Predicates.simpleNameEndingWith("UseCase"))
            .because("a service is the implementation of exactly the use case it is named after");

    @ArchTest
    static final ArchRule the_modules_are_free_of_cycles = slices()
            .matching("com.managedmrr.(*)..")
            .should().beFreeOfCycles()
            .because("the module graph is the architecture: dependencies point one way, towards the domain");

    @ArchTest
    static final ArchRule the_application_features_are_free_of_cycles = slices()
            .matching("com.managedmrr.application.(*)..")
            .should().beFreeOfCycles()
            .because("each use case's package stands on its own; shared helpers live in application.common");

    @ArchTest
    static final ArchRule the_domain_packages_are_free_of_cycles = slices()
            .matching("com.managedmrr.domain.(*)..")
            .should().beFreeOfCycles()
            .because("the model is at the bottom, the rules on it, and the ports on both");

    @ArchTest
    static final ArchRule the_web_adapter_calls_use_cases_not_services = noClasses()
            .that().resideInAPackage("com.managedmrr.web..")
            .should().dependOnClassesThat(JavaClass.Predicates.simpleNameEndingWith("Service")
                    .and(JavaClass.Predicates.resideInAPackage("com.managedmrr.application..")))
            .because("an adapter drives the application through its use-case interfaces, never a service's internals");

    @ArchTest
    static final ArchRule every_interface_in_domain_port_is_named_port = classes()
            .that().resideInAPackage("com.managedmrr.domain.port")
            .and().areInterfaces()
            .should().haveSimpleNameEndingWith("Port")
            .because("one naming scheme for outbound ports: a newcomer finds every port by its *Port name");

    @ArchTest
    static final ArchRule domain_port_holds_only_interfaces = classes()
            .that().resideInAPackage("com.managedmrr.domain.port")
            .and().areTopLevelClasses()
            .should().beInterfaces()
            .because("records, exceptions and policies the ports speak of live in the model (domain.store and the"
                    + " like), so domain.port lists only what the core needs from the world");

    @ArchTest
    static final ArchRule the_web_adapter_uses_no_domain_port = noClasses()
            .that().resideInAPackage(WEB)
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("com.managedmrr.domain.port..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(
                            AdminSessionPort.class, SignInAttemptPort.class))))
            .because("the web adapter reaches the world through the application's use cases, which decide the rules;"
                    + " only the UI's own session store and sign-in counts are ports it drives itself");

    @ArchTest
    static final ArchRule every_port_implementation_lives_in_a_driven_adapter_or_bootstrap = classes()
            .that().implement(JavaClass.Predicates.resideInAPackage("com.managedmrr.domain.port.."))
            .should().resideInAnyPackage(PERSISTENCE, BOOTSTRAP)
            .because("a port is what the core needs from the world: the persistence adapter or the wiring provides it,"
                    + " never the core or the web adapter");

    /** Test fixtures shipped in test-jars (such as FreshDatabase) are not production code. */
    static final class DoNotIncludeTestJars implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar");
        }
    }
}
