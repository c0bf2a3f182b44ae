package org.kontingent.security.internal;

import org.kontingent.platform.api.security.ExternalSignIn;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link ExternalSignIn} for sign-in plugins: a session for the account of a СНИЛС, with its cookie. */
@Component(service = ExternalSignIn.class)
public class ExternalSignInService implements ExternalSignIn {
    private final Authenticator authenticator;

    @Activate
    public ExternalSignInService(@Reference Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Session signIn(String snils, String provider, String address) {
        Authenticator.SignedIn signedIn = authenticator.signInExternally(snils, provider, address);
        return new Session(authenticator.sessionCookie(signedIn.token(), -1), signedIn.session().caller());
    }
}
