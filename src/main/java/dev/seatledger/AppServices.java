package dev.seatledger;

import dev.seatledger.core.catalog.CatalogQuery;
import dev.seatledger.core.catalog.ProductService;
import dev.seatledger.core.common.Operator;
import dev.seatledger.core.common.SecretCipher;
import dev.seatledger.core.license.LicenseQuery;
import dev.seatledger.core.license.LicenseService;
import dev.seatledger.core.common.Transactions;
import dev.seatledger.core.sample.SampleData;
import java.time.Clock;

/** The core services of one open database, wired by constructor. */
public record AppServices(Transactions tx, Clock clock, Operator operator,
                          ProductService products, CatalogQuery catalog, LicenseService licenses,
                          LicenseQuery licenseQuery, SampleData sampleData) {

    public static AppServices create(Transactions tx, Clock clock, Operator operator, SecretCipher cipher) {
        return new AppServices(tx, clock, operator,
            new ProductService(tx, clock, operator),
            new CatalogQuery(tx),
            new LicenseService(tx, clock, operator, cipher),
            new LicenseQuery(tx, clock),
            new SampleData(tx, clock, operator, cipher));
    }
}
