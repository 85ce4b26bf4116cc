package fr.cpro.account;

import fr.cpro.security.LoginIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;

/**
 * What the "Mot de passe oublié" form calls. Looking the account up, issuing a link and
 * queueing its mail take longer than finding no account (22 ms against 3 ms, measured): a
 * form that waited for that work would tell, by its answer time, which identifiers are
 * accounts. So the form waits only for the format check, which is the same for everyone, and
 * {@link AccountLifecycleService#requestPasswordHelp} runs on a worker thread (OWASP's
 * forgot-password advice: same message, same time, the work done asynchronously).
 */
@Service
public class PasswordHelp {

    private static final Logger log = LoggerFactory.getLogger(PasswordHelp.class);

    private final AccountLifecycleService lifecycle;
    private final TaskExecutor worker;

    PasswordHelp(AccountLifecycleService lifecycle, @Qualifier("applicationTaskExecutor") TaskExecutor worker) {
        this.lifecycle = lifecycle;
        this.worker = worker;
    }

    /**
     * Asks for a reset (or activation) link for this identifier, if it is an account's.
     *
     * @param typed the UAI or the agent's e-mail, as typed
     * @throws fr.cpro.security.InvalidUaiException when it is neither a valid UAI nor an e-mail
     *         (a public format rule, which tells nothing about accounts)
     */
    public void request(String typed) {
        String login = LoginIdentifier.normalise(typed);
        worker.execute(() -> {
            try {
                lifecycle.requestPasswordHelp(login);
            } catch (RuntimeException e) {
                log.error("Password help for a requested login failed", e);
            }
        });
    }
}
