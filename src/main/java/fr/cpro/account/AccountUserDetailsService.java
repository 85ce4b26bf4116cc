package fr.cpro.account;

import fr.cpro.security.CproPrincipal;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the account behind a normalised login for Spring Security. An account without a
 * password yet (before its first connection) cannot sign in, and is answered exactly as an
 * unknown one.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public CproPrincipal loadUserByUsername(String login) {
        return accounts.findByLogin(login)
                .filter(a -> a.getPasswordHash() != null)
                .map(AccountUserDetailsService::principalOf)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
    }

    static CproPrincipal principalOf(Account a) {
        return new CproPrincipal(a.getId(), a.getLogin(), a.getPasswordHash(), a.getFirstName(), a.getLastName(),
                a.getRole(), a.getEstablishmentId(), a.isEnabled());
    }
}
