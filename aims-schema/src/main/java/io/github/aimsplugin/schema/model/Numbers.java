package io.github.aimsplugin.schema.model;

import java.math.BigDecimal;

/** Numbers shown as people write them: 0.8 rather than 0.80000001 or 8.0E-1, the same on every machine. */
public final class Numbers {

    private Numbers() {}

    public static String show(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        if (exact.scale() < 0) {
            exact = exact.setScale(0);
        }
        return exact.toPlainString();
    }
}
