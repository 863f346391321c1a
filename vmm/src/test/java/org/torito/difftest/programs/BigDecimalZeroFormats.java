package org.torito.difftest.programs;

import java.math.BigDecimal;
import java.util.Locale;

/** %e, %g, %f and %s of BigDecimal zeros with positive, zero and negative scales (java.util.Formatter gives a zero's exponent from its scale), beside non-zero BigDecimals of the same scales. */
public class BigDecimalZeroFormats {
    public static void main(String[] args) {
        String[] values = {"0", "0.0", "0.00", "-0.000", "0E+3", "0E-10", "0.00000000000000000000", "1.00", "1E+3", "-0.001", "5E-10"};
        String[] formats = {"%e", "%.2e", "%.0e", "%E", "%g", "%.3g", "%,g", "%f", "%.1f", "%s", "%12.4e|"};
        for (String v : values) {
            BigDecimal d = new BigDecimal(v);
            StringBuilder line = new StringBuilder(v + " scale " + d.scale() + " precision " + d.precision() + ":");
            for (String f : formats) {
                line.append(' ').append(String.format(Locale.ROOT, f, d));
            }
            System.out.println(line);
        }
        // The same zeros as doubles: their exponent is always 0.
        StringBuilder doubles = new StringBuilder("double zeros:");
        for (String f : formats) {
            doubles.append(' ').append(String.format(Locale.ROOT, f, 0.0)).append('/').append(String.format(Locale.ROOT, f, -0.0));
        }
        System.out.println(doubles);
    }
}
