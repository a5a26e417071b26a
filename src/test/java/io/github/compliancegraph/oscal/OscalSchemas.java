package io.github.compliancegraph.oscal;

import java.io.IOException;
import java.io.InputStream;

import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;

/** NIST's OSCAL 1.1.3 SSP JSON schema, shipped in the liboscal-java artefact on Maven Central, ready to validate plans. */
public final class OscalSchemas {

    public static final String SSP = "schema/json/oscal-ssp_schema.json";

    private OscalSchemas() {
    }

    public static JsonSchema ssp() throws IOException {
        try (InputStream in = OscalSchemas.class.getClassLoader().getResourceAsStream(SSP)) {
            if (in == null) {
                throw new IllegalStateException("no OSCAL SSP schema on the test classpath (" + SSP + ")");
            }
            // The generated schema writes one property's subschema as {"id": {"$ref": ...}}; "id" is no
            // draft-07 keyword, and unknown keywords are to be ignored, which this validator must be told.
            JsonMetaSchema draft7 = JsonMetaSchema.builder(JsonMetaSchema.getV7()).keyword(new NonValidationKeyword("id")).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, factory -> factory.metaSchema(draft7)).getSchema(in);
        }
    }
}
