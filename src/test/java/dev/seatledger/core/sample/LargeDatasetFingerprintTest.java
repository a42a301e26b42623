package dev.seatledger.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.seatledger.testing.TestDatabase;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins the generator's output: counts and checksums over every column it writes, for the tiny size on
 * the pinned test clock. A change in any table's rows (or in the order random numbers are drawn)
 * changes a checksum. The figures are the output of the generator as it was when the benchmarks in
 * docs/benchmarks.md were first taken, so the datasets measured then and now are the same, except that a license
 * whose drawn end fell before its start now ends a year after its start (the license sum of expiry offsets).
 */
@dev.seatledger.testing.AboutH2
class LargeDatasetFingerprintTest {
    private static final String TODAY = "date '2026-03-15'";

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("person", "select count(*), sum(id * length(display_name)), sum(length(email)), count(last_sign_in),"
            + " sum(datediff('DAY', last_sign_in, " + TODAY + ")), sum(case status when 'ACTIVE' then 1 when 'INACTIVE' then 2"
            + " else 3 end * id), sum(length(department) + length(job_title) * 3 + length(manager) * 7)"
            + " from person");
        QUERIES.put("product", "select count(*), sum(length(name) * id), sum(length(publisher) + length(category) * 5)"
            + " from product");
        QUERIES.put("license", "select count(*), sum(coalesce(seats_total, 0) * id), sum(seats_used), sum(cost_per_seat * id),"
            + " sum(length(currency || billing_cycle || status || seat_type) * id), count(archived_at),"
            + " sum(datediff('DAY', " + TODAY + ", expiry_date)), sum(length(name) + length(business_owner) * 3),"
            + " sum(case when auto_renew then id else 0 end), sum(renewal_notice_days * id) from license");
        QUERIES.put("assignment", "select count(*), sum(person_id * 31 + license_id), count(revoked_at),"
            + " sum(case when has_telemetry then id else 0 end), count(last_used_at),"
            + " sum(datediff('DAY', last_used_at, " + TODAY + ")), sum(length(coalesce(access_level, '')) * id),"
            + " count(account_identifier), sum(datediff('DAY', assigned_at, " + TODAY + ")) from assignment");
        QUERIES.put("device", "select count(*), sum(primary_person_id * id), sum(length(serial) + length(os) * 3)"
            + " from device");
        QUERIES.put("device_app", "select count(*), sum(ia.device_id * length(ra.app_key)), count(ia.last_used),"
            + " sum(datediff('DAY', ia.last_used, " + TODAY + ")), sum(length(ia.version) * (ia.device_id * 41 + ia.app_id)),"
            + " sum(case when ia.usage_tracked then ia.device_id * 41 + ia.app_id else 0 end)"
            + " from device_app ia join reported_app ra on ra.id = ia.app_id");
        QUERIES.put("reported_app", "select count(*), sum(devices * id), sum(length(display_name)), sum(product_id)"
            + " from reported_app");
    }

    private static final Map<String, String> EXPECTED = Map.of(
        "person", "1200|7853949|32414|1154|71890|776028|129176",
        "product", "40|11706|2099",
        "license", "60|167541|5502|187556.5700|38111|1|14366|2701|969|109335",
        "assignment", "6000|110978483|498|2241115|688|49557|100790557|1801|2734443",
        "device", "200|16069043|9440",
        "device_app", "8000|11175600|6075|449162|183024000|27188740",
        "reported_app", "40|164000|716|820");

    @Test
    void theTinyDatasetIsTheSameRowForRow() {
        try (TestDatabase db = TestDatabase.h2()) {
            new LargeDataset(db.services().tx(), db.clock()).generate(LargeDataset.Size.TINY, l -> { });
            Map<String, String> actual = new LinkedHashMap<>();
            QUERIES.forEach((table, sql) -> actual.put(table, db.services().tx().read(s -> s.doReturningWork(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    rs.next();
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        sb.append(i == 1 ? "" : "|").append(rs.getString(i));
                    }
                    return sb.toString();
                }
            }))));
            assertThat(actual).containsExactlyInAnyOrderEntriesOf(EXPECTED);
        }
    }
}
