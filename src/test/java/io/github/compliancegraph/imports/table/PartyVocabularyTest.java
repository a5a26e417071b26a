package io.github.compliancegraph.imports.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.github.compliancegraph.imports.SourceManifest;
import io.github.compliancegraph.problem.ImportRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartyVocabularyTest {

    private static final SourceManifest ACME = MatrixManifest.of("m.csv", null, Map.of("provider", "acme-cloud"));

    private static String bind(SourceManifest manifest, String... values) {
        var bound = PartyVocabulary.of(manifest).bind(List.of(values), "m.csv line 2, column 'Owner'");
        return bound.party() + "+" + bound.sharedWith();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Provider                                                 | acme-cloud+null
            CSP                                                      | acme-cloud+null
            acme-cloud                                               | acme-cloud+null
            ACME Cloud                                               | acme-cloud+null
            Customer                                                 | acme-cloud-customer+null
            tenant                                                   | acme-cloud-customer+null
            Shared                                                   | acme-cloud+acme-cloud-customer
            provider/customer                                        | acme-cloud+acme-cloud-customer
            N/A                                                      | null+null
            NA                                                       | null+null
            Not Applicable                                           | null+null
            Yes                                                      | acme-cloud+null
            No                                                       | acme-cloud-customer+null
            Partial                                                  | acme-cloud+acme-cloud-customer
            CSP-owned                                                | acme-cloud+null
            csc owned                                                | acme-cloud-customer+null
            Shared CSP and CSC                                       | acme-cloud+acme-cloud-customer
            Third-party outsourced                                   | acme-cloud-third-party+null
            Shared CSP and 3rd party                                 | acme-cloud+acme-cloud-third-party
            Service Provider Corporate                               | acme-cloud+null
            Service Provider System Specific                         | acme-cloud+null
            Service Provider Hybrid (Corporate and System Specific)  | acme-cloud+null
            Configured by Customer (Customer System Specific)        | acme-cloud-customer+null
            Provided by Customer (Customer System Specific)          | acme-cloud-customer+null
            Shared (Service Provider and Customer Responsibility)    | acme-cloud+acme-cloud-customer
            Inherited from pre-existing FedRAMP Authorization        | acme-cloud+null
            sp-corporate                                             | acme-cloud+null
            sp-system                                                | acme-cloud+null
            customer-configured                                      | acme-cloud-customer+null
            customer-provided                                        | acme-cloud-customer+null
            shared                                                   | acme-cloud+acme-cloud-customer
            inherited                                                | acme-cloud+null
            """)
    void builtInWordsOfTheLayoutsMetInTheField(String value, String bound) {
        assertThat(bind(ACME, value)).isEqualTo(bound);
    }

    @Test
    void marksOfSeveralColumnsArePutTogetherProviderFirst() {
        assertThat(bind(ACME, "Configured by Customer (Customer System Specific)", "Service Provider Corporate"))
                .isEqualTo("acme-cloud+acme-cloud-customer");
        assertThat(bind(ACME, "Service Provider Corporate", "Service Provider System Specific")).isEqualTo("acme-cloud+null");
        assertThatThrownBy(() -> bind(ACME, "Shared", "Third-party outsourced"))
                .isInstanceOf(ImportRejectedException.class)
                .hasMessage("m.csv line 2, column 'Owner': [Shared, Third-party outsourced] bind 3 parties [acme-cloud, "
                        + "acme-cloud-customer, acme-cloud-third-party]; a statement binds one party, or two when shared");
    }

    @Test
    void theManifestAndTheOptionExtendTheWordsTheOptionLast() {
        String sidecar = """
                provider: acme
                parties:
                  - { id: acme, name: "Acme Corp", role: provider }
                  - { id: acme-customer, name: "Acme customer", role: customer }
                  - { id: platform, name: "Platform team", role: customer }
                responsibilities: {"Ops": provider, "Vendor": third-party, "No": not-applicable}
                """;
        SourceManifest manifest = MatrixManifest.of("m.csv", sidecar.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("responsibilities", "Vendor:platform;Everyone:shared"));
        assertThat(bind(manifest, "Acme Corp")).isEqualTo("acme+null");
        assertThat(bind(manifest, "platform team")).as("a party's name").isEqualTo("platform+null");
        assertThat(bind(manifest, "ops")).isEqualTo("acme+null");
        assertThat(bind(manifest, "No")).as("the manifest overrides a built-in word").isEqualTo("null+null");
        assertThat(bind(manifest, "Vendor")).as("the option overrides the manifest").isEqualTo("platform+null");
        assertThat(bind(manifest, "Everyone")).isEqualTo("acme+acme-customer");
    }
}
