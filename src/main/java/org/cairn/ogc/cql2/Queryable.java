package org.cairn.ogc.cql2;

/**
 * A property a filter may name.
 *
 * @param name the property's name in the API, as filters write it
 * @param sql  the SQL expression that yields it: trusted, fixed text written by Cairn
 * @param type what the property holds, which decides how literals compared with it are bound
 */
public record Queryable(String name, String sql, QueryableType type) {
}
