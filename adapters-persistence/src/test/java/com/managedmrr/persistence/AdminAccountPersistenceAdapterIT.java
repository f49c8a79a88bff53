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
    private static final PartnerId GLOBEX = PartnerId.of("globex");

    private static AdminAccountPersistenceAdapter admins;

    @BeforeAll
    static void givenTwoPartners() throws Exception {
        admins = new AdminAccountPersistenceAdapter(postgres.pool());
        await(postgres.adapters().commands().inTransaction(store -> store.savePartner(new Partner(ACME, "Acme", List.of("acme.example")))
                .thenCompose(x -> store.savePartner(new Partner(GLOBEX, "Globex", List.of("globex.example"))))));
    }

    @Test
    void givenNoLogin_saving_createsIt_andSavingAgain_updatesTheHash() throws Exception {
        Email ann = Email.of("ann@acme.example");

        assertThat(await(admins.saveAdmin(new AdminAccount(ACME, ann, "hash-1")))).isTrue();
        assertThat(await(admins.saveAdmin(new AdminAccount(ACME, ann, "hash-2")))).isFalse();

        assertThat(await(admins.admin(ann))).contains(new AdminAccount(ACME, ann, "hash-2"));
    }

    @Test
    void givenAnotherPartnersLogin_saving_isAConflict_andLeavesItAlone() throws Exception {
        Email bob = Email.of("bob@globex.example");
        await(admins.saveAdmin(new AdminAccount(GLOBEX, bob, "globex-hash")));

        assertThatThrownBy(() -> await(admins.saveAdmin(new AdminAccount(ACME, bob, "acme-hash"))))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("ADMIN_OF_ANOTHER_PARTNER"));
        assertThat(await(admins.admin(bob))).contains(new AdminAccount(GLOBEX, bob, "globex-hash"));
    }

    @Test
    void givenNoLogin_reading_isEmpty() throws Exception {
        assertThat(await(admins.admin(Email.of("nobody@acme.example")))).isEmpty();
    }

    private static <T> T await(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
