package fr.cpro.base;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.util.regex.Pattern;

/**
 * What the application accepts as an e-mail address, everywhere: forms, their fields and the
 * services. Deliberately plain — one {@code @}, something on each side, a dot in the domain
 * followed by at least two characters, no spaces — since the real proof is the confirmation
 * link sent to the mailbox.
 */
public final class EmailAddresses {

    /** The longest address a mailbox can have (RFC 5321), and the columns that store one. */
    public static final int MAX_LENGTH = 254;
    /** The rule, also given to e-mail fields so that the browser checks the same thing. */
    public static final String REGEX = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$";
    private static final Pattern PATTERN = Pattern.compile(REGEX);

    private EmailAddresses() {
    }

    /** Whether the text, without the spaces around it, is an address that a mailbox could have. */
    public static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        String address = value.strip();
        return address.length() <= MAX_LENGTH && PATTERN.matcher(address).matches();
    }

    /** The {@link EmailAddress} constraint: {@link #isValid}, with {@code null} left to {@code @NotNull}. */
    public static final class Check implements ConstraintValidator<EmailAddress, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || EmailAddresses.isValid(value);
        }
    }
}
