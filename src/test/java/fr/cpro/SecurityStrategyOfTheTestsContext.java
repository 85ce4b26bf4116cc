package fr.cpro;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts back, before each test class and method, the security-context holder strategy of the application context the
 * test runs in. Each application started in this JVM installs its own strategy in Spring Security's static holder
 * (Vaadin's, bound to that context), so a test of a cached context run after another context was started would sign
 * its user into the other context's holder and find nobody signed in: one test class with its own properties (the S3
 * storage, say) would break every later test. Registered for all Spring tests in {@code META-INF/spring.factories}.
 */
public class SecurityStrategyOfTheTestsContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestClass(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void prepareTestInstance(TestContext testContext) {
        useStrategyOf(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        useStrategyOf(testContext);
    }

    private static void useStrategyOf(TestContext testContext) {
        SecurityContextHolderStrategy strategy = testContext.getApplicationContext()
                .getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (strategy != null && strategy != SecurityContextHolder.getContextHolderStrategy()) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }

    /** After the context is loaded (dependency injection) and before Spring Security's own listeners. */
    @Override
    public int getOrder() {
        return 2500;
    }
}
