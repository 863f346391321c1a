package org.torito.boot.teavm.classlib;

import static org.torito.boot.teavm.classlib.ClasslibFix.instance;
import static org.torito.boot.teavm.classlib.ClasslibFix.staticMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/** Math, number parsing and big numbers (docs/differential-suite.md lists each difference). */
final class NumberFixes {
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final ValueType INT = ValueType.INTEGER;
    private static final ValueType LONG = ValueType.LONG;
    private static final ValueType FLOAT = ValueType.FLOAT;
    private static final ValueType DOUBLE = ValueType.DOUBLE;
    private static final String MATH = "java.lang.Math";
    private static final String MATH_FIXES = "org.torito.guest.runtime.MathFixes";
    private static final String EXACT_PRODUCTS = "org.torito.guest.runtime.ExactProducts";
    private static final String PARSING = "org.torito.guest.runtime.NumberParsing";
    private static final String FLOATING_PARSING = "org.torito.guest.runtime.FloatingPointParsing";
    private static final String RADIX = "org.torito.guest.runtime.RadixStrings";
    private static final String BIG_HASHES = "org.torito.guest.runtime.BigNumberHashes";

    static final List<ClasslibFix> FIXES = Stream.concat(Stream.of(
            // rint(-0.0) and rint(-0.4) gave 0.0 instead of -0.0.
            staticMethod(MATH, "rint", MATH_FIXES, DOUBLE, DOUBLE),
            // round(-1.5) gave -2 (halves away from zero), round(0.49999999999999994) gave 1.
            staticMethod(MATH, "round", MATH_FIXES, LONG, DOUBLE),
            staticMethod(MATH, "round", MATH_FIXES, INT, FLOAT),
            // The platform libm's log10(1000) is 2.9999999999999996; Java wants log10(10^n) == n.
            staticMethod(MATH, "log10", MATH_FIXES, DOUBLE, DOUBLE),
            // Math.ulp(1.0) gave a wrong value.
            staticMethod(MATH, "ulp", MATH_FIXES, DOUBLE, DOUBLE),
            staticMethod(MATH, "ulp", MATH_FIXES, FLOAT, FLOAT),
            // pow(1, NaN) was 1 (C's rule, not Java's); cbrt(64) one ulp off (pow(a, 1/3)); hypot
            // overflowed (sqrt(x*x + y*y)); scalb wrong past the exponent range; nextAfter ignored NaN.
            staticMethod(MATH, "pow", MATH_FIXES, DOUBLE, DOUBLE, DOUBLE),
            staticMethod(MATH, "cbrt", MATH_FIXES, DOUBLE, DOUBLE),
            staticMethod(MATH, "hypot", MATH_FIXES, DOUBLE, DOUBLE, DOUBLE),
            staticMethod(MATH, "scalb", MATH_FIXES, DOUBLE, DOUBLE, INT),
            staticMethod(MATH, "scalb", MATH_FIXES, FLOAT, FLOAT, INT),
            staticMethod(MATH, "nextAfter", MATH_FIXES, DOUBLE, DOUBLE, DOUBLE),
            staticMethod(MATH, "nextAfter", MATH_FIXES, FLOAT, FLOAT, DOUBLE),
            // Missing: a program calling them did not build.
            staticMethod(MATH, "fma", EXACT_PRODUCTS, DOUBLE, DOUBLE, DOUBLE, DOUBLE).missing(),
            staticMethod(MATH, "fma", EXACT_PRODUCTS, FLOAT, FLOAT, FLOAT, FLOAT).missing(),
            staticMethod(MATH, "multiplyHigh", EXACT_PRODUCTS, LONG, LONG, LONG).missing(),
            staticMethod(MATH, "unsignedMultiplyHigh", EXACT_PRODUCTS, LONG, LONG, LONG).missing(),
            // "2147483648" parsed as -2147483648 instead of throwing NumberFormatException.
            staticMethod("java.lang.Integer", "parseInt", PARSING, INT, STRING, INT),
            staticMethod("java.lang.Long", "parseLong", PARSING, LONG, STRING, INT),
            staticMethod("java.lang.Integer", "parseUnsignedInt", PARSING, INT, STRING).missing(),
            staticMethod("java.lang.Integer", "parseUnsignedInt", PARSING, INT, STRING, INT).missing(),
            staticMethod("java.lang.Long", "parseUnsignedLong", PARSING, LONG, STRING).missing(),
            staticMethod("java.lang.Long", "parseUnsignedLong", PARSING, LONG, STRING, INT).missing(),
            // A radix outside 2..36 means 10: Long.toString(1, 1) never returned.
            staticMethod("java.lang.Long", "toString", RADIX, STRING, LONG, INT),
            new ClasslibFix(new MethodReference("java.lang.Integer", "toUnsignedString", INT, INT, STRING),
                    new MethodReference(RADIX, "toUnsignedString", INT, INT, STRING), false, false),
            staticMethod("java.lang.Long", "toUnsignedString", RADIX, STRING, LONG, INT),
            // Boxing a long made a new Long each time: Long.valueOf(127L) == Long.valueOf(127L) was false.
            staticMethod("java.lang.Long", "valueOf", "org.torito.guest.runtime.BoxCaches",
                    ValueType.object("java.lang.Long"), LONG),
            // "1.0E23" and "2.2250738585072012e-308" parsed one ulp off, "16777217" as a float
            // rounded up instead of to even, and hexadecimal ("0x1.8p1") was rejected.
            staticMethod("java.lang.Double", "parseDouble", FLOATING_PARSING, DOUBLE, STRING),
            staticMethod("java.lang.Float", "parseFloat", FLOATING_PARSING, FLOAT, STRING),
            // Harmony's hash codes of big numbers are not the JDK's, and programs print them.
            instance("java.math.BigInteger", "hashCode", BIG_HASHES, INT),
            instance("java.math.BigDecimal", "hashCode", BIG_HASHES, INT),
            // modPow with an even modulus gave wrong answers (a.modPow(b, 10^40): the low 31
            // digits right, the rest not).
            instance("java.math.BigInteger", "modPow", "org.torito.guest.runtime.ModularPowers",
                    ValueType.object("java.math.BigInteger"), ValueType.object("java.math.BigInteger"),
                    ValueType.object("java.math.BigInteger")),
            instance("java.math.BigInteger", "modInverse", "org.torito.guest.runtime.ModularInverses",
                    ValueType.object("java.math.BigInteger"), ValueType.object("java.math.BigInteger")),
            // doubleValue() was not correctly rounded (60! gave 8.320987112741392E81, the JDK
            // 8.32098711274139E81): the decimal string parses to the nearest double, which is the answer.
            instance("java.math.BigInteger", "doubleValue", "org.torito.guest.runtime.BigIntegerConversions", DOUBLE),
            instance("java.math.BigInteger", "floatValue", "org.torito.guest.runtime.BigIntegerConversions", FLOAT),
            // toRadians(350.0) was 6.108652381980153 (x * PI / 180, two roundings); the JDK
            // multiplies by one constant: 6.1086523819801535.
            staticMethod(MATH, "toRadians", MATH_FIXES, DOUBLE, DOUBLE),
            staticMethod(MATH, "toDegrees", MATH_FIXES, DOUBLE, DOUBLE)),
            Stream.concat(exactArithmetic().stream(), fdlibm().stream())).toList();

    /**
     * StrictMath is, by its definition, fdlibm's results; the JDK computes them with its Java
     * port ({@code java.lang.FdLibm}), and TeaVM's StrictMath called the platform's libm (glibc
     * in a hosted build, musl in a guest), which rounds some results the other way. TeaVM
     * compiles the JDK's own class instead. HotSpot's Math.asin, acos, atan, atan2, sinh, cosh,
     * tanh, expm1, log1p and IEEEremainder are StrictMath's, so they take the same path; and
     * Math.tan: glibc's tan(atan(0.5)) is 0.49999999999999994, fdlibm's and HotSpot's 0.5.
     */
    private static List<ClasslibFix> fdlibm() {
        List<ClasslibFix> fixes = new ArrayList<>();
        for (String name : List.of("sin", "cos", "tan", "asin", "acos", "atan", "exp", "log", "log10", "cbrt",
                "sinh", "cosh", "tanh", "expm1", "log1p")) {
            fixes.add(fdlibm("java.lang.StrictMath", name, 1));
        }
        for (String name : List.of("atan2", "hypot", "pow", "IEEEremainder")) {
            fixes.add(fdlibm("java.lang.StrictMath", name, 2));
        }
        for (String name : List.of("tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "expm1", "log1p")) {
            fixes.add(fdlibm(MATH, name, 1));
        }
        fixes.add(fdlibm(MATH, "atan2", 2));
        // FdLibm's helper for 2^n, which TeaVM's Math lacks.
        fixes.add(staticMethod(MATH, "powerOfTwoD", MATH_FIXES, DOUBLE, INT).missing());
        fixes.add(fdlibm(MATH, "IEEEremainder", 2));
        return fixes;
    }

    /** {@code owner.name} of {@code arity} doubles as {@code FdLibm.<Name>.compute}. */
    private static ClasslibFix fdlibm(String owner, String name, int arity) {
        String kernel = "java.lang.FdLibm$" + (name.equals("IEEEremainder") ? name
                : Character.toUpperCase(name.charAt(0)) + name.substring(1));
        ValueType[] signature = arity == 1 ? new ValueType[] {DOUBLE, DOUBLE} : new ValueType[] {DOUBLE, DOUBLE, DOUBLE};
        return new ClasslibFix(new MethodReference(owner, name, signature),
                new MethodReference(kernel, "compute", signature), false, false);
    }

    /** The *Exact methods threw ArithmeticException without the JDK's message. */
    private static List<ClasslibFix> exactArithmetic() {
        String exact = "org.torito.guest.runtime.ExactArithmetic";
        List<ClasslibFix> fixes = new ArrayList<>();
        for (String name : List.of("addExact", "subtractExact", "multiplyExact", "divideExact", "floorDivExact",
                "ceilDivExact")) {
            fixes.add(staticMethod(MATH, name, exact, INT, INT, INT));
            fixes.add(staticMethod(MATH, name, exact, LONG, LONG, LONG));
        }
        fixes.add(staticMethod(MATH, "multiplyExact", exact, LONG, LONG, INT));
        for (String name : List.of("incrementExact", "decrementExact", "negateExact", "absExact")) {
            fixes.add(staticMethod(MATH, name, exact, INT, INT));
            fixes.add(staticMethod(MATH, name, exact, LONG, LONG));
        }
        fixes.add(staticMethod(MATH, "toIntExact", exact, INT, LONG));
        return fixes;
    }

    private NumberFixes() {
    }
}
