package com.managedmrr.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.managedmrr.domain.model.AdminAccount;
import com.managedmrr.domain.model.DomainException;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.Partner;
import com.managedmrr.domain.model.PartnerId;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AdminAccountPersistenceAdapterIT {

    @RegisterExtension
    static final PostgresPorts postgres = new PostgresPorts();

    private static final PartnerId ACME = PartnerId.of("acme");
    private static final PartnerId BETA = PartnerId.of("beta");
    private static AdminAccountPersistenceAdapter admins;

    @BeforeAll
    static void givenTwoPartners() throws Exception {
        admins = new AdminAccountPersistenceAdapter(postgres.pool());
        await(postgres.adapters().commands().inTransaction(store -> store.savePartner(new Partner(ACME, "Acme", List.of("acme.example")))
                .thenCompose(x -> store.savePartner(new Partner(BETA, "Beta", List.of("beta.example"))))));
    }

    @Test
    void logins_admins_answersAPartnersEmailsInOrder_aPageAfterTheGivenOne() throws Exception {
        for (String email : List.of("zoe@acme.example", "amy@acme.example", "kim@acme.example")) {
            await(admins.saveAdmin(new AdminAccount(ACME, Email.of(email), "hash")));
        }
        await(admins.saveAdmin(new AdminAccount(BETA, Email.of("bea@beta.example"), "hash")));

        List<Email> firstPage = await(admins.admins(ACME, 2, java.util.Optional.empty()));
        List<Email> afterKim = await(admins.admins(ACME, 10, java.util.Optional.of(Email.of("kim@acme.example"))));

        assertThat(firstPage).extracting(Email::value).first().isEqualTo("amy@acme.example");
        assertThat(firstPage).hasSize(2);
        assertThat(afterKim).extracting(Email::value).doesNotContain("amy@acme.example", "kim@acme.example")
                .contains("zoe@acme.example").allMatch(email -> email.endsWith("@acme.example"));
    }

    @Test
    void aNewLogin_saveAdmin_createsIt_thenReplacesItsHash() throws Exception {
        Email ann = Email.of("ann@acme.example");

        boolean created = await(admins.saveAdmin(new AdminAccount(ACME, ann, "hash-1")));
        boolean createdAgain = await(admins.saveAdmin(new AdminAccount(ACME, ann, "hash-2")));

        assertThat(created).isTrue();
        assertThat(createdAgain).isFalse();
        assertThat(await(admins.admin(ann))).contains(new AdminAccount(ACME, ann, "hash-2"));
        assertThat(await(admins.admin(Email.of("nobody@acme.example")))).isEmpty();
    }

    @Test
    void anotherPartnersLogin_saveAdmin_isAConflict_andLeavesItAlone() throws Exception {
        Email bob = Email.of("bob@beta.example");
        await(admins.saveAdmin(new AdminAccount(BETA, bob, "beta-hash")));

        assertThatThrownBy(() -> await(admins.saveAdmin(new AdminAccount(ACME, bob, "acme-hash"))))
                .cause().isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.code()).isEqualTo("ADMIN_OF_ANOTHER_PARTNER");
                });
        assertThat(await(admins.admin(bob))).contains(new AdminAccount(BETA, bob, "beta-hash"));
    }

    @Test
    void anUnknownPartner_saveAdmin_isNotFound() {
        assertThatThrownBy(() -> await(admins.saveAdmin(new AdminAccount(PartnerId.of("nobody"), Email.of("x@nobody.example"), "h"))))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("PARTNER_NOT_FOUND"));
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
