package dev.seatledger.core.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/** Everything decided up front, so each table can be written in any chunking with the same result. */
final class DatasetPlan {
    final LargeDataset.Size size;
    final LocalDate today;
    final Instant now;
    final int appsPerDevice;
    // licenses (0-based index k; id = k + 1)
    int[] licProduct;
    int[] licStart;
    int[] licCount;
    int[] licFirstRow;
    // products held by each person (0-based person index), sorted, for device applications
    int[][] personProducts;
    // device (0-based index d) -> person index; person index -> device index or -1
    int[] devicePerson;
    int[] personDevice;
    boolean[] deviceTracked;
    int[][] deviceApps;       // product indexes, sorted
    short[][] deviceLastUsed; // days before today, -1 = never
    int assignmentRows;
    int activeRows;
    int appRows;

    DatasetPlan(LargeDataset.Size size, LocalDate today, Instant now) {
        this.size = size;
        this.today = today;
        this.now = now;
        this.appsPerDevice = Math.max(1, size.installedApps / size.devices);
    }

    static SplittableRandom rnd(long stream, long index) {
        return new SplittableRandom(LargeDataset.SEED * 1_000_003L + stream * 7_919L + index * 104_729L);
    }

    void build() {
        int lic = size.licenses;
        int regular = size.assignments - size.bigLicenseSeats;
        licProduct = new int[lic];
        licStart = new int[lic];
        licCount = new int[lic];
        licFirstRow = new int[lic + 1];
        SplittableRandom r = rnd(1, 0);
        double[] w = new double[lic];
        double sum = 0;
        for (int k = 1; k < lic; k++) {
            w[k] = 0.2 + 1.6 * r.nextDouble();
            sum += w[k];
        }
        int assigned = 0;
        for (int k = 1; k < lic; k++) {
            licCount[k] = Math.min(size.people, (int) Math.floor(regular * w[k] / sum));
            assigned += licCount[k];
        }
        for (int k = 1; assigned < regular; k = k % (lic - 1) + 1) {
            if (licCount[k] < size.people) {
                licCount[k]++;
                assigned++;
            }
        }
        licCount[0] = size.bigLicenseSeats;
        licStart[0] = 0;
        licProduct[0] = 0;
        for (int k = 1; k < lic; k++) {
            licProduct[k] = k % size.products;
            licStart[k] = r.nextInt(size.people);
        }
        for (int k = 0; k < lic; k++) {
            licFirstRow[k + 1] = licFirstRow[k] + licCount[k];
        }
        // who holds what (active seats only), to give devices the applications of their owner
        int[] held = new int[size.people];
        for (int k = 0; k < lic; k++) {
            for (int t = 0; t < licCount[k]; t++) {
                if (!revoked(k, t)) {
                    held[(licStart[k] + t) % size.people]++;
                }
            }
        }
        personProducts = new int[size.people][];
        for (int p = 0; p < size.people; p++) {
            personProducts[p] = new int[held[p]];
        }
        Arrays.fill(held, 0);
        for (int k = 0; k < lic; k++) {
            for (int t = 0; t < licCount[k]; t++) {
                if (!revoked(k, t)) {
                    int p = (licStart[k] + t) % size.people;
                    personProducts[p][held[p]++] = licProduct[k];
                }
            }
        }
        devicePerson = new int[size.devices];
        personDevice = new int[size.people];
        Arrays.fill(personDevice, -1);
        deviceTracked = new boolean[size.devices];
        deviceApps = new int[size.devices][];
        deviceLastUsed = new short[size.devices][];
        int stride = Math.max(1, size.people / size.devices);
        for (int d = 0; d < size.devices; d++) {
            SplittableRandom dr = rnd(2, d);
            int p = (int) ((long) d * stride + dr.nextInt(stride)) % size.people;
            devicePerson[d] = p;
            personDevice[p] = d;
            deviceTracked[d] = dr.nextInt(100) < 85;
            int n = Math.min(appsPerDevice, size.products);
            java.util.BitSet chosen = new java.util.BitSet(size.products);
            for (int prod : personProducts[p]) {
                if (chosen.cardinality() < n && dr.nextInt(100) < 80) {
                    chosen.set(prod);
                }
            }
            while (chosen.cardinality() < n) {
                chosen.set(dr.nextInt(size.products));
            }
            int[] apps = chosen.stream().toArray();
            short[] used = new short[apps.length];
            for (int i = 0; i < apps.length; i++) {
                int roll = dr.nextInt(100);
                used[i] = (short) (roll < 10 ? -1 : roll < 75 ? dr.nextInt(60) : dr.nextInt(365));
            }
            deviceApps[d] = apps;
            deviceLastUsed[d] = used;
        }
    }

    /** Regular licenses keep about one revoked seat in ten as history; the big license has none. */
    static boolean revoked(int k, int t) {
        return k != 0 && Math.floorMod((int) ((k * 2_654_435_761L + t * 40_503L) >>> 7), 10) == 0;
    }

    int activeSeats(int k) {
        int n = 0;
        for (int t = 0; t < licCount[k]; t++) {
            if (!revoked(k, t)) {
                n++;
            }
        }
        return n;
    }
}
