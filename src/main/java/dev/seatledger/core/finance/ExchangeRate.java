package dev.seatledger.core.finance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One unit of {@code currency} is worth {@code rate} units of {@code baseCurrency}, as of a date the user knows. */
@Entity
@Table(name = "exchange_rate")
public class ExchangeRate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "base_currency", nullable = false, length = 3)
    private String baseCurrency;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, precision = 19, scale = 8)
    private BigDecimal rate;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 120)
    private String updatedBy;

    @Version
    private long version;

    protected ExchangeRate() {
    }

    public ExchangeRate(String baseCurrency, String currency) {
        this.baseCurrency = baseCurrency;
        this.currency = currency;
    }

    public Long getId() { return id; }
    public String getBaseCurrency() { return baseCurrency; }
    public String getCurrency() { return currency; }
    public BigDecimal getRate() { return rate; }
    public LocalDate getAsOf() { return asOf; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }

    public void update(BigDecimal rate, LocalDate asOf, Instant at, String by) {
        this.rate = rate;
        this.asOf = asOf;
        this.updatedAt = at;
        this.updatedBy = by;
    }
}
