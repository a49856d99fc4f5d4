package org.cairn.security;

import org.cairn.web.ProblemException;
import org.cairn.web.ProblemType;

/** The 401 answers; the exception mapper adds the WWW-Authenticate challenges. */
final class Unauthenticated {

    private Unauthenticated() {
    }

    static ProblemException noCredentials() {
        return new ProblemException(ProblemType.UNAUTHORIZED,
                "Send a bearer token (Authorization: Bearer ...) or an API key (Authorization: ApiKey ..., or "
                        + "HTTP Basic with the key as the password).");
    }

    static ProblemException noRole() {
        return new ProblemException(ProblemType.UNAUTHORIZED,
                "The credentials carry no Cairn role; ask an administrator for one.");
    }
}
