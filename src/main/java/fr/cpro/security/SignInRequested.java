package fr.cpro.security;

/**
 * A service decided that the current request's user is now signed in as this account (after
 * the first connection). Published inside that service's transaction; {@link SessionControl}
 * signs the user in once it has committed, within the same request.
 */
public record SignInRequested(CproPrincipal principal) {
}
