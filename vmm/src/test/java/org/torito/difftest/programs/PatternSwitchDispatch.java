package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.List;

/** Pattern switches over Object: boxed types, strings, arrays and collections with guards that use the bindings, case null and `case null, default`, a three-level sealed hierarchy switched exhaustively without default, qualified enum constants mixed with type patterns, and yield from colon-form switch expressions. */
public class PatternSwitchDispatch {
    sealed interface Vehicle permits Car, Truck, Bike {
    }

    sealed interface Car extends Vehicle permits Sedan, Coupe {
    }

    record Sedan(int doors) implements Car {
    }

    record Coupe(boolean convertible) implements Car {
    }

    static final class Truck implements Vehicle {
        final int axles;

        Truck(int axles) {
            this.axles = axles;
        }
    }

    enum Bike implements Vehicle {
        ROAD, MOUNTAIN
    }

    static String kind(Object o) {
        return switch (o) {
            case null -> "null";
            case Integer i when i < 0 -> "negative int " + i;
            case Integer i when i > 1000 -> "big int " + i;
            case Integer i -> "int " + i;
            case Long l -> "long " + l;
            case Double d when d.isNaN() -> "NaN";
            case Number n -> "number " + n.getClass().getSimpleName() + " " + n;
            case String s when s.isEmpty() -> "empty string";
            case String s when s.length() > 5 -> "long string " + s.substring(0, 5) + "...";
            case CharSequence cs -> "chars " + cs.length() + " " + cs.getClass().getSimpleName();
            case int[] ia when ia.length == 0 -> "empty int[]";
            case int[] ia -> "int[] first " + ia[0];
            case Object[] oa -> "Object[] of " + oa.length;
            case List<?> l when hasNull(l) -> "list with null";
            case List<?> l -> "list " + l.size();
            case Character c -> "char " + c + " " + (int) c;
            default -> "other " + o.getClass().getSimpleName();
        };
    }

    // List.of(...).contains(null) throws: walk the list instead
    static boolean hasNull(List<?> l) {
        for (Object o : l) {
            if (o == null) {
                return true;
            }
        }
        return false;
    }

    static String vehicle(Vehicle v) {
        return switch (v) {
            case Sedan s when s.doors() > 4 -> "big sedan";
            case Sedan(int d) -> "sedan " + d;
            case Coupe(boolean open) when open -> "convertible";
            case Coupe c -> "coupe";
            case Truck t when t.axles > 2 -> "heavy truck " + t.axles;
            case Truck t -> "truck";
            case Bike.ROAD -> "road bike";
            case Bike.MOUNTAIN -> "mountain bike";
        };
    }

    static String carOnly(Car c) {
        return switch (c) {
            case Sedan s -> "S" + s.doors();
            case Coupe k -> "C" + k.convertible();
        };
    }

    static String nullDefault(Object o) {
        return switch (o) {
            case String s -> "string " + s;
            case null, default -> "null or other: " + o;
        };
    }

    static int colonYield(String s) {
        return switch (s) {
            case "one":
                yield 1;
            case "two":
            case "deux":
                int base = 2;
                yield base * 1;
            default:
                if (s.length() > 3) {
                    yield s.length() * 100;
                }
                yield -1;
        };
    }

    static String statementSwitch(Object o) {
        List<String> out = new ArrayList<>();
        switch (o) {
            case Integer i when i > 10:
                out.add("gt10");
                break;
            case Integer i:
                out.add("int");
                if (i == 5) {
                    out.add("five");
                    break;
                }
                out.add("not five");
                break;
            case String s:
                out.add("str:" + s);
                break;
            default:
                out.add("default");
        }
        return String.join(",", out);
    }

    public static void main(String[] args) {
        Object[] samples = {null, -5, 5, 5000, 7L, Double.NaN, 2.5, (short) 3, new java.math.BigDecimal("1.50"), "", "hello", "hello world",
            new StringBuilder("sb"), new int[0], new int[] {9}, new String[] {"a", "b"}, new ArrayList<>(java.util.Arrays.asList(1, null)),
            List.of(1, 2), 'x', true, new Object[0][0]};
        for (Object o : samples) {
            System.out.println(kind(o));
        }
        Vehicle[] vs = {new Sedan(5), new Sedan(2), new Coupe(true), new Coupe(false), new Truck(3), new Truck(2), Bike.ROAD, Bike.MOUNTAIN};
        for (Vehicle v : vs) {
            System.out.println(vehicle(v) + (v instanceof Car c ? " / " + carOnly(c) : ""));
        }
        System.out.println(nullDefault("s") + " | " + nullDefault(null) + " | " + nullDefault(3));
        for (String s : new String[] {"one", "two", "deux", "three", "four", "x"}) {
            System.out.print(s + "=" + colonYield(s) + " ");
        }
        System.out.println();
        for (Object o : new Object[] {11, 5, 6, "z", 1.0}) {
            System.out.print(statementSwitch(o) + " ");
        }
        System.out.println();
        try {
            vehicle(null);
        } catch (NullPointerException e) {
            System.out.println("switch without case null on null: NullPointerException");
        }
        try {
            colonYield(null);
        } catch (NullPointerException e) {
            System.out.println("string switch on null: NullPointerException");
        }
    }
}
