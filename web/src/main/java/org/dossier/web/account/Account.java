package org.dossier.web.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Someone who may change what Dossier shows: an editor, an admin, or both. Only a bcrypt hash of
 * the password is kept; a deactivated account can no longer sign in but stays, as the author of
 * what it did.
 */
@Entity
@Table(name = "app_user")
public class Account extends PanacheEntityBase {

    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";
    /** Short passwords are refused; long pass phrases are welcome. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", allocationSize = 50)
    public Long id;

    public String username;

    public String displayName;

    public String passwordHash;

    public boolean active = true;

    public Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    public Set<String> roles = new LinkedHashSet<>();

    protected Account() {
    }

    public static Account of(String username, String displayName, String password, Set<String> roles) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (!Set.of(EDITOR, ADMIN).containsAll(roles) || roles.isEmpty()) {
            throw new IllegalArgumentException("Roles are editor and admin, at least one");
        }
        Account account = new Account();
        account.username = username.strip().toLowerCase(java.util.Locale.ROOT);
        account.displayName = displayName.isBlank() ? account.username : displayName.strip();
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.roles.addAll(roles);
        return account;
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", username.strip().toLowerCase(java.util.Locale.ROOT)).firstResultOptional();
    }

    public boolean accepts(String password) {
        return active && BcryptUtil.matches(password, passwordHash);
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }
}
