package org.torito.difftest.programs;

import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.StringJoiner;

/** Optional/OptionalInt/Long/Double API (map, flatMap, filter, or, orElse*, ifPresentOrElse, stream, equals, exception messages) and StringJoiner (prefix/suffix, emptyValue, merge, setEmptyValue). */
public class OptionalAndJoiner {
    static String show(Optional<?> o) {
        // Optional.toString differs in TeaVM (known); print its state instead.
        return o.isPresent() ? "present(" + o.get() + ")" : "empty";
    }

    public static void main(String[] args) {
        Optional<String> some = Optional.of("hello");
        Optional<String> none = Optional.empty();
        Optional<String> nullable = Optional.ofNullable(null);
        System.out.println("basics " + show(some) + " " + show(none) + " " + show(nullable) + " isEmpty " + none.isEmpty() + " equals "
                + none.equals(nullable) + " " + some.equals(Optional.of("hel" + "lo")) + " hash " + some.hashCode() + " " + none.hashCode());
        System.out.println("map " + show(some.map(String::length)) + " map to null " + show(some.map(s -> null)) + " on empty "
                + show(none.map(String::length)));
        System.out.println("flatMap " + show(some.flatMap(s -> Optional.of(s.charAt(0)))) + " " + show(some.flatMap(s -> Optional.empty())));
        System.out.println("filter " + show(some.filter(s -> s.startsWith("h"))) + " " + show(some.filter(s -> s.isEmpty())));
        System.out.println("or " + show(none.or(() -> Optional.of("alt"))) + " " + show(some.or(() -> Optional.of("alt"))));
        System.out.println("orElse " + none.orElse("d") + " orElseGet " + none.orElseGet(() -> "g") + " orElse(null) " + none.orElse(null)
                + " stream count " + some.stream().count() + " " + none.stream().count());
        StringBuilder log = new StringBuilder();
        some.ifPresent(s -> log.append("present:").append(s).append(' '));
        none.ifPresent(s -> log.append("never "));
        none.ifPresentOrElse(s -> log.append("never"), () -> log.append("else-ran "));
        some.ifPresentOrElse(s -> log.append("value-ran"), () -> log.append("never"));
        System.out.println("ifPresent " + log);
        try {
            none.get();
        } catch (NoSuchElementException e) {
            System.out.println("get on empty " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            none.orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("orElseThrow() " + e.getClass().getName() + ": " + e.getMessage());
        }
        try {
            none.orElseThrow(() -> new IllegalArgumentException("custom missing"));
        } catch (IllegalArgumentException e) {
            System.out.println("orElseThrow(supplier) " + e.getMessage());
        }
        try {
            Optional.of(null);
        } catch (NullPointerException e) {
            System.out.println("of(null) " + e.getClass().getName());
        }
        try {
            some.map(s -> s).flatMap(s -> null);
        } catch (NullPointerException e) {
            System.out.println("flatMap returning null " + e.getClass().getName());
        }

        OptionalInt oi = OptionalInt.of(42);
        OptionalInt oe = OptionalInt.empty();
        System.out.println("OptionalInt " + oi.getAsInt() + " " + oi.isPresent() + " " + oe.isEmpty() + " orElse " + oe.orElse(-1) + " orElseGet "
                + oe.orElseGet(() -> -2) + " equals " + oi.equals(OptionalInt.of(42)) + " " + oe.equals(OptionalInt.empty()) + " hash "
                + oi.hashCode() + " stream " + oi.stream().sum());
        try {
            oe.getAsInt();
        } catch (NoSuchElementException e) {
            System.out.println("OptionalInt empty get " + e.getMessage());
        }
        try {
            oe.orElseThrow();
        } catch (NoSuchElementException e) {
            System.out.println("OptionalInt orElseThrow " + e.getMessage());
        }
        OptionalLong ol = OptionalLong.of(Long.MIN_VALUE);
        OptionalDouble od = OptionalDouble.of(-0.0);
        System.out.println("OptionalLong " + ol.getAsLong() + " " + ol.equals(OptionalLong.of(Long.MIN_VALUE)) + " OptionalDouble " + od.getAsDouble()
                + " equals +0.0 " + od.equals(OptionalDouble.of(0.0)) + " NaN equals " + OptionalDouble.of(Double.NaN).equals(OptionalDouble.of(Double.NaN))
                + " empty orElse " + OptionalDouble.empty().orElse(1.5));
        try {
            OptionalDouble.empty().getAsDouble();
        } catch (NoSuchElementException e) {
            System.out.println("OptionalDouble empty " + e.getMessage());
        }

        StringJoiner j = new StringJoiner(", ", "[", "]");
        System.out.println("joiner empty '" + j + "' length " + j.length());
        j.setEmptyValue("EMPTY");
        System.out.println("emptyValue '" + j + "' length " + j.length());
        j.add("a").add("").add(null).add("d");
        System.out.println("joiner '" + j + "' length " + j.length());
        StringJoiner k = new StringJoiner("-", "<", ">");
        k.add("x").add("y");
        j.merge(k);
        System.out.println("merged '" + j + "' k unchanged '" + k + "'");
        StringJoiner plain = new StringJoiner("|");
        plain.setEmptyValue("nothing");
        StringJoiner blank = new StringJoiner("/");
        plain.merge(blank);
        System.out.println("merge empty '" + plain + "'");
        plain.add("");
        System.out.println("add empty string '" + plain + "' length " + plain.length());
        StringJoiner self = new StringJoiner(",", "{", "}");
        self.add("1").add("2");
        self.merge(self);
        System.out.println("self merge '" + self + "'");
        try {
            new StringJoiner(null);
        } catch (NullPointerException e) {
            System.out.println("null delimiter " + e.getClass().getName());
        }
        StringJoiner big = new StringJoiner("", "(", ")");
        for (int i = 0; i < 500; i++) {
            big.add(Integer.toString(i % 10));
        }
        String bs = big.toString();
        System.out.println("big length " + bs.length() + " " + bs.substring(0, 12) + " hash " + bs.hashCode()
                + " String.join " + String.join("+", java.util.List.of("p", "q", "r")));
    }
}
