package io.github.compliancegraph.oscal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class UuidsTest {

    @Test
    void version5AsRfc4122DefinesIt() {
        // the DNS namespace and "python.org", as Python's uuid.uuid5 computes it
        assertThat(Uuids.v5(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "python.org"))
                .hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
        assertThat(Uuids.of("party:outscale")).isEqualTo(Uuids.of("party:outscale")).isNotEqualTo(Uuids.of("party:client"));
        assertThat(UUID.fromString(Uuids.of("party:outscale")).version()).isEqualTo(5);
    }

    @Test
    void controlIdsAreOscalTokens() {
        assertThat(SharedResponsibilitySsp.controlId("AC-2(1)", "ac-2.1")).isEqualTo("ac-2.1");
        assertThat(SharedResponsibilitySsp.controlId("A.9.2.1", null)).isEqualTo("A.9.2.1");
        assertThat(SharedResponsibilitySsp.controlId("10.5.c", "urn:intuitem:risk:req_node:secnumcloud-3.2:10.5.c")).isEqualTo("_10.5.c");
    }
}
