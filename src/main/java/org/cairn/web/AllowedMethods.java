package org.cairn.web;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path answers, read from the resource classes, for the Allow header that a 405
 * must carry (RFC 9110) and that the JAX-RS runtime leaves out.
 */
@Singleton
public class AllowedMethods {

    private record Route(Pattern path, TreeSet<String> methods) {
    }

    private final List<Route> routes = new ArrayList<>();

    public AllowedMethods(BeanManager beans) {
        Map<String, TreeSet<String>> byTemplate = new TreeMap<>();
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path root = bean.getBeanClass().getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : bean.getBeanClass().getMethods()) {
                httpMethod(method).ifPresent(verb -> {
                    Path sub = method.getAnnotation(Path.class);
                    // Decoded, as clients send it: a colon is written %3A in @Path (see FieldReportResource).
                    String template = URLDecoder.decode(root.value() + (sub == null ? "" : "/" + sub.value()),
                            StandardCharsets.UTF_8);
                    byTemplate.computeIfAbsent(template.replaceAll("/+", "/"), t -> new TreeSet<>()).add(verb);
                });
            }
        }
        byTemplate.forEach((template, methods) -> {
            if (methods.contains("GET")) {
                methods.add("HEAD");
            }
            methods.add("OPTIONS");
            routes.add(new Route(Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+") + "/?"), methods));
        });
    }

    /** The Allow header value for a request path, if any resource answers it. */
    public Optional<String> forPath(String path) {
        return routes.stream().filter(route -> route.path().matcher(path).matches()).findFirst()
                .map(route -> String.join(", ", route.methods()));
    }

    private static Optional<String> httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return Optional.of(verb.value());
            }
        }
        return Optional.empty();
    }
}
