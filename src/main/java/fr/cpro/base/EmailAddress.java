package fr.cpro.base;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The application's one e-mail rule ({@link EmailAddresses#isValid}) as a Bean Validation
 * constraint, for the records that forms bind to and services check again. {@code null} is
 * valid: pair it with {@code @NotBlank} where the address is required.
 */
@Documented
@Constraint(validatedBy = EmailAddresses.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
        ElementType.ANNOTATION_TYPE, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailAddress {

    String message() default "{account.email.error.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
