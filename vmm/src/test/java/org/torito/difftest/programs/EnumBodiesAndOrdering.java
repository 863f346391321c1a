package org.torito.difftest.programs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** Enums: constant-specific bodies, abstract methods, values()/valueOf errors, ordinal/compareTo, enums implementing interfaces, EnumMap/EnumSet in declaration order, switch. */
public class EnumBodiesAndOrdering {
    interface Op {
        int apply(int a, int b);

        default String symbol() {
            return "?";
        }
    }

    enum Arith implements Op {
        PLUS("+") {
            public int apply(int a, int b) {
                return a + b;
            }
        },
        MINUS("-") {
            public int apply(int a, int b) {
                return a - b;
            }
        },
        TIMES("*") {
            public int apply(int a, int b) {
                return a * b;
            }

            @Override
            public String symbol() {
                return "x";
            }
        },
        POW("^") {
            public int apply(int a, int b) {
                int r = 1;
                for (int i = 0; i < b; i++) {
                    r *= a;
                }
                return r;
            }
        };

        private final String sym;

        Arith(String sym) {
            this.sym = sym;
        }

        @Override
        public String symbol() {
            return sym;
        }
    }

    enum Level {
        LOW, MEDIUM, HIGH, CRITICAL;

        Level next() {
            Level[] all = values();
            return all[(ordinal() + 1) % all.length];
        }

        static int counter;
        final int serial;

        Level() {
            // A constructor cannot read a static field of its enum except a constant; a counter of its own is read afterwards.
            serial = ordinal() * 10;
        }
    }

    enum Empty {
    }

    enum Planet {
        SMALL(1) {
            @Override
            String label() {
                return "tiny " + super.label();
            }
        },
        LARGE(100);

        final int mass;

        Planet(int mass) {
            this.mass = mass;
        }

        String label() {
            return name().toLowerCase() + ":" + mass;
        }
    }

    static String valueOf(String s) {
        try {
            return "ok " + Level.valueOf(s);
        } catch (IllegalArgumentException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        } catch (NullPointerException e) {
            return e.getClass().getName();
        }
    }

    static String react(Level l) {
        switch (l) {
            case LOW:
                return "ignore";
            case MEDIUM:
            case HIGH:
                return "look";
            default:
                return "panic";
        }
    }

    public static void main(String[] args) {
        for (Arith a : Arith.values()) {
            System.out.println(a + " " + a.symbol() + " " + a.apply(3, 4) + " ordinal " + a.ordinal()
                    + " declaring " + a.getDeclaringClass().getSimpleName() + " same class " + (a.getClass() == Arith.class));
        }
        Op op = Arith.TIMES;
        System.out.println("through interface: " + op.symbol() + op.apply(6, 7));
        System.out.println(valueOf("HIGH"));
        System.out.println(valueOf("high"));
        System.out.println(valueOf(""));
        System.out.println(valueOf(null));
        System.out.println("Enum.valueOf: " + Enum.valueOf(Arith.class, "POW").apply(2, 10));
        Level[] v1 = Level.values();
        Level[] v2 = Level.values();
        v1[0] = Level.CRITICAL;
        System.out.println("values() copies: " + (v1 != v2) + " " + v2[0] + " " + Level.values()[0]);
        System.out.println("empty enum values: " + Empty.values().length);
        for (Level l : Level.values()) {
            System.out.println(l + " next=" + l.next() + " serial=" + l.serial + " cmpHIGH=" + Integer.signum(l.compareTo(Level.HIGH))
                    + " react=" + react(l) + " eq=" + l.equals(Level.MEDIUM));
        }
        List<Level> shuffled = new ArrayList<>(List.of(Level.HIGH, Level.LOW, Level.CRITICAL, Level.MEDIUM, Level.LOW));
        Collections.sort(shuffled);
        System.out.println("sorted: " + shuffled);
        Map<Level, String> em = new EnumMap<>(Level.class);
        em.put(Level.CRITICAL, "c");
        em.put(Level.LOW, "l");
        em.put(Level.HIGH, "h");
        System.out.println("EnumMap: " + em + " containsKey MEDIUM " + em.containsKey(Level.MEDIUM));
        EnumSet<Level> set = EnumSet.of(Level.HIGH, Level.LOW);
        System.out.println("EnumSet: " + set + " complement " + EnumSet.complementOf(set) + " range " + EnumSet.range(Level.MEDIUM, Level.CRITICAL));
        System.out.println("allOf/noneOf: " + EnumSet.allOf(Arith.class) + " " + EnumSet.noneOf(Arith.class));
        for (Planet p : Planet.values()) {
            System.out.println(p.label() + " class is Planet: " + (p.getClass() == Planet.class) + " declaring " + p.getDeclaringClass().getSimpleName());
        }
        System.out.println("name vs toString: " + Arith.PLUS.name() + " " + Arith.PLUS);
        int total = 0;
        for (Arith a : Arith.values()) {
            total = a.apply(total, 2) + a.ordinal();
        }
        System.out.println("fold: " + total);
        Level.counter += Level.values().length;
        System.out.println("static counter: " + Level.counter);
    }
}
