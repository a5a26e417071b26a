package io.github.compliancegraph.imports;

/** A {@code (:Party)} node: id, display name and role (provider, customer, regulated-entity). */
public record PartyRecord(String id, String name, String role) {
}
