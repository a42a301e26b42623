package dev.seatledger.core.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A directory row's cost centre and division: from the preset's columns (SCIM's enterprise attributes included), else
 * from an {@code employeeOrgData} cell holding Graph's object as JSON ({@code {"costCenter": …, "division": …}}), as
 * scripts that export Entra users through Graph write it.
 */
final class OrgData {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Values(String costCentre, String division) {
    }

    private OrgData() {
    }

    static Values of(CsvTable.Row r, DirectoryPreset preset) {
        String costCentre = r.get(preset.costCentre.toArray(String[]::new));
        String division = r.get(preset.division.toArray(String[]::new));
        if (costCentre == null || division == null) {
            JsonNode org = json(r.get("employeeOrgData"));
            if (org != null) {
                costCentre = costCentre != null ? costCentre : text(org, "costCenter");
                division = division != null ? division : text(org, "division");
            }
        }
        return new Values(costCentre, division);
    }

    private static JsonNode json(String cell) {
        if (cell == null || !cell.strip().startsWith("{")) {
            return null;
        }
        try {
            return JSON.readTree(cell);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String text(JsonNode org, String field) {
        JsonNode v = org.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }
}
