package org.handmademarket.identity.signin;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.stream.Collectors;
import org.handmademarket.identity.AccountPrincipal;
import org.handmademarket.identity.Caller;
import org.handmademarket.identity.Role;
import org.handmademarket.identity.accounts.EmailAddress;
import org.handmademarket.identity.accounts.PasswordHasher;
import org.handmademarket.identity.accounts.UserAccount;
import org.handmademarket.identity.sessions.SessionTokenCredential;
import org.handmademarket.identity.sessions.Sessions;

/**
 * The container's view of our users table: checks an email and password at sign-in, and a session
 * token on every other request. The caller's groups are its roles, which the container maps to
 * security roles of the same name (default principal-to-role mapping).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @PersistenceContext EntityManager em;
  @Inject PasswordHasher passwords;
  @Inject Sessions sessions;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof UsernamePasswordCredential password) {
      return checkPassword(password);
    }
    if (credential instanceof SessionTokenCredential session) {
      return sessions
          .resolve(session.token())
          .map(AccountIdentityStore::valid)
          .orElse(INVALID_RESULT);
    }
    return NOT_VALIDATED_RESULT;
  }

  private CredentialValidationResult checkPassword(UsernamePasswordCredential credential) {
    String password = credential.getPasswordAsString();
    Optional<UserAccount> found =
        em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class)
            .setParameter("email", EmailAddress.normalise(credential.getCaller()))
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      passwords.spendTimeOfOneCheck(password);
      return INVALID_RESULT;
    }
    UserAccount account = found.get();
    if (!passwords.matches(password, account.passwordHash()) || !account.isActive()) {
      return INVALID_RESULT;
    }
    return valid(new Caller(account.id(), account.roles()));
  }

  private static CredentialValidationResult valid(Caller caller) {
    return new CredentialValidationResult(
        new AccountPrincipal(caller),
        caller.roles().stream().map(Role::name).collect(Collectors.toSet()));
  }
}
