package fr.cpro.base;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * Scheduled jobs that must run on one instance at a time, however many run: ShedLock's JDBC provider
 * keeps one row per job in the {@code shedlock} table (V80), timed by the database's clock. A job takes
 * its lock through the {@link LockingTaskExecutor} (explicitly rather than with ShedLock's annotation:
 * no proxy to miss on a call from the same class, as a job's start-up run is). A node that dies holding
 * a lock frees it after the job's {@code lockAtMostFor}.
 *
 * <p>The outbox is not a job of this kind: its worker runs on every node and each mail is claimed
 * with {@code SELECT … FOR UPDATE SKIP LOCKED}, so the nodes share the sending and none sends a mail twice.
 */
@Configuration(proxyBeanMethods = false)
class JobLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
        return new DefaultLockingTaskExecutor(lockProvider);
    }
}
