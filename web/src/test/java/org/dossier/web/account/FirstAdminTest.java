package org.dossier.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FirstAdminTest {

    @Inject
    FirstAdmin firstAdmin;

    @Test
    @TestTransaction
    void isCreatedFromTheEnvironmentWhenNoAdminExists() {
        withoutAdmins();

        Optional<Account> admin = firstAdmin.ensure(Optional.of("chief"), Optional.of("a long first password"));

        assertThat(admin).hasValueSatisfying(a -> {
            assertThat(a.roles).containsExactlyInAnyOrder(Account.ADMIN, Account.EDITOR);
            assertThat(a.accepts("a long first password")).isTrue();
            assertThat(a.passwordHash).startsWith("$2").doesNotContain("a long first password");
        });
    }

    @Test
    @TestTransaction
    void isNotCreatedWhenAnAdminExists() {
        withoutAdmins();
        firstAdmin.ensure(Optional.of("chief"), Optional.of("a long first password"));

        assertThat(firstAdmin.ensure(Optional.of("second"), Optional.of("another long password"))).isEmpty();
    }

    @Test
    @TestTransaction
    void withoutCredentialsNothingIsCreatedAndNothingFails() {
        withoutAdmins();

        assertThat(firstAdmin.ensure(Optional.empty(), Optional.empty())).isEmpty();
    }

    private static void withoutAdmins() {
        Panache.getEntityManager().createNativeQuery("delete from app_user_role where role = 'admin'").executeUpdate();
    }
}
