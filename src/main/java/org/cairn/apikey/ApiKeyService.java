package org.cairn.apikey;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.cairn.db.Clock;
import org.cairn.organisation.OrganisationService;
import org.cairn.security.ApiKey;
import org.cairn.security.ApiKeyCredentials;
import org.cairn.security.Caller;
import org.cairn.security.Role;
import org.cairn.validation.FieldError;
import org.cairn.web.JsonBodies;
import org.cairn.web.ProblemException;
import org.cairn.web.Uuids;

/** Creates, lists and revokes API keys. */
@ApplicationScoped
public class ApiKeyService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SECRET_PREFIX = "cairn_";

    @Inject JsonBodies bodies;
    @Inject Validator validator;
    @Inject Caller caller;

    /** The new key with its secret, which is not stored and cannot be shown again. */
    @Transactional
    public ApiKeyData create(JsonNode body) {
        return create(bodies.convert(body, ApiKeyData.class));
    }

    @Transactional
    public ApiKeyData create(ApiKeyData request) {
        List<Role> roles = check(request);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID();
        key.name = request.name;
        key.organisation = request.organisation;
        key.roles = new ArrayList<>(roles);
        key.secretSha256 = ApiKeyCredentials.sha256(secret);
        key.createdAt = Clock.now();
        key.createdBy = caller.subject();
        key.persist();
        ApiKeyData created = ApiKeyData.of(key);
        created.secret = secret;
        return created;
    }

    public List<ApiKeyData> list() {
        return ApiKey.<ApiKey>listAll(Sort.by("createdAt").and("id")).stream()
                .map(ApiKeyData::of).toList();
    }

    public ApiKeyData get(UUID id) {
        return ApiKeyData.of(find(id));
    }

    /** Revoking twice is harmless; the first revocation's time and author stay. */
    @Transactional
    public void revoke(UUID id) {
        ApiKey key = find(id);
        if (key.revokedAt == null) {
            key.revokedAt = Clock.now();
            key.revokedBy = caller.subject();
        }
    }

    private static boolean knownOrganisation(String organisation) {
        return Uuids.parse(organisation).map(OrganisationService::exists).orElse(false);
    }

    private static ApiKey find(UUID id) {
        ApiKey key = ApiKey.findById(id);
        if (key == null) {
            throw ProblemException.notFound("API key", id);
        }
        return key;
    }

    private List<Role> check(ApiKeyData request) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<ApiKeyData> violation : validator.validate(request)) {
            errors.add(new FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        if (request.organisation != null && !request.organisation.isBlank() && !knownOrganisation(request.organisation)) {
            errors.add(new FieldError("organisation", "not the id of a known organisation: the key acts for one of "
                    + "/api/v1/organisations, whose records it is scoped to"));
        }
        List<Role> roles = new ArrayList<>();
        List<String> claims = request.roles == null ? List.of() : request.roles;
        for (int i = 0; i < claims.size(); i++) {
            String claim = claims.get(i);
            Role role = claim == null ? null : Role.fromClaim(claim).orElse(null);
            if (role == null) {
                errors.add(new FieldError("roles[" + i + "]", "unknown role; expected one of " + String.join(", ",
                        Arrays.stream(Role.values()).filter(Role::grantableToKeys).map(Role::claim).toList())));
            } else if (!role.grantableToKeys()) {
                errors.add(new FieldError("roles[" + i + "]", "an API key may not carry the role of a person who "
                        + "administers Cairn or reads personal and health data"));
            } else {
                roles.add(role);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return roles;
    }
}
