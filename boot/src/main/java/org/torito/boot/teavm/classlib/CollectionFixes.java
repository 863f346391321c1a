package org.torito.boot.teavm.classlib;

import static org.torito.boot.teavm.classlib.ClasslibFix.instance;
import static org.torito.boot.teavm.classlib.ClasslibFix.staticMethod;

import java.util.ArrayList;
import java.util.List;
import org.teavm.model.ValueType;

/** java.util: arrays, lists, Random, optionals, statistics and streams (docs/differential-suite.md lists each difference). */
final class CollectionFixes {
    private static final String ARRAYS = "java.util.Arrays";
    private static final String RANGES = "org.torito.guest.runtime.ArrayRanges";
    private static final String COMPARISONS = "org.torito.guest.runtime.ArrayComparisons";
    private static final String CURSOR = "org.torito.guest.runtime.collections.ListCursor";
    private static final String SUMMARY = "org.torito.guest.runtime.collections.SummaryStrings";
    private static final String SEQUENTIAL = "org.torito.guest.runtime.collections.SequentialStreams";
    private static final ValueType INT = ValueType.INTEGER;
    private static final ValueType STRING = ValueType.object("java.lang.String");
    private static final List<ValueType> PRIMITIVES = List.of(ValueType.BOOLEAN, ValueType.BYTE,
            ValueType.CHARACTER, ValueType.SHORT, INT, ValueType.LONG, ValueType.FLOAT, ValueType.DOUBLE);

    static final List<ClasslibFix> FIXES = fixes();

    private CollectionFixes() {
    }

    private static List<ClasslibFix> fixes() {
        List<ClasslibFix> fixes = new ArrayList<>();
        // copyOfRange past the end threw ArrayIndexOutOfBoundsException instead of padding, and
        // an end before the start too, instead of IllegalArgumentException (every overload but
        // the one taking a Class).
        for (ValueType element : PRIMITIVES) {
            ValueType array = ValueType.arrayOf(element);
            fixes.add(staticMethod(ARRAYS, "copyOfRange", RANGES, array, array, INT, INT));
        }
        ValueType objects = ValueType.arrayOf(ValueType.object("java.lang.Object"));
        fixes.add(staticMethod(ARRAYS, "copyOfRange", RANGES, objects, objects, INT, INT));
        // Missing: Arrays.compare and compareUnsigned (a program calling them did not build).
        for (ValueType element : PRIMITIVES) {
            ValueType array = ValueType.arrayOf(element);
            fixes.add(staticMethod(ARRAYS, "compare", COMPARISONS, INT, array, array).missing());
        }
        for (ValueType element : List.of(ValueType.BYTE, ValueType.SHORT, INT, ValueType.LONG)) {
            ValueType array = ValueType.arrayOf(element);
            fixes.add(staticMethod(ARRAYS, "compareUnsigned", COMPARISONS, INT, array, array).missing());
        }
        ValueType comparables = ValueType.arrayOf(ValueType.object("java.lang.Comparable"));
        fixes.add(staticMethod(ARRAYS, "compare", COMPARISONS, INT, comparables, comparables).missing());
        fixes.add(staticMethod(ARRAYS, "compare", COMPARISONS, INT, objects, objects,
                ValueType.object("java.util.Comparator")).missing());
        // AbstractList's iterators kept the size of their start: add() in an iteration ended it
        // early, removing the second-to-last element during a for-each threw
        // ConcurrentModificationException, next() past the end IndexOutOfBoundsException.
        fixes.add(instance("java.util.AbstractList", "iterator", CURSOR, ValueType.object("java.util.Iterator")));
        fixes.add(instance("java.util.AbstractList", "listIterator", CURSOR,
                ValueType.object("java.util.ListIterator"), INT));
        // A seeded Random gave other values than the JDK's for nextInt(bound), so for shuffle too.
        fixes.add(instance("java.util.Random", "nextInt", "org.torito.guest.runtime.collections.RandomBounds",
                INT, INT).missing());
        // toString printed "max=16, avg=9.666666666666666" and "Optional.of(value)".
        for (String type : List.of("IntSummaryStatistics", "LongSummaryStatistics", "DoubleSummaryStatistics",
                "Optional", "OptionalInt", "OptionalLong", "OptionalDouble")) {
            fixes.add(instance("java.util." + type, "toString", SUMMARY, STRING));
        }
        // Missing: IntStream, LongStream and DoubleStream declare parallel() and sequential()
        // returning their own type, TeaVM's only inherit BaseStream's, so a call did not link
        // (eight programs of the public corpus). An image runs streams sequentially: the stream
        // itself is a right answer to both.
        for (String kind : List.of("Int", "Long", "Double")) {
            String stream = "java.util.stream." + kind + "Stream";
            fixes.add(instance(stream, "parallel", SEQUENTIAL, ValueType.object(stream)).missing());
            fixes.add(instance(stream, "sequential", SEQUENTIAL, ValueType.object(stream)).missing());
        }
        // HashMap grew into a table of its own size and reversed each bucket on the way, so it
        // iterated in another order than the JDK's (with HashMapOrder; HashBuckets says why).
        fixes.add(instance("java.util.HashMap", "rehash", HashMapOrder.BUCKETS, ValueType.VOID, INT));
        fixes.add(instance("java.util.HashMap", "putAllImpl", HashMapOrder.BUCKETS, ValueType.VOID,
                ValueType.object("java.util.Map")));
        // Missing: HashMap had only Map's computeIfAbsent, compute and merge, which append a new
        // entry; the JDK's put it at the head of its bucket.
        ValueType object = ValueType.object("java.lang.Object");
        fixes.add(instance("java.util.HashMap", "computeIfAbsent", HashMapOrder.BUCKETS, object, object,
                ValueType.object("java.util.function.Function")).missing());
        fixes.add(instance("java.util.HashMap", "compute", HashMapOrder.BUCKETS, object, object,
                ValueType.object("java.util.function.BiFunction")).missing());
        fixes.add(instance("java.util.HashMap", "merge", HashMapOrder.BUCKETS, object, object, object,
                ValueType.object("java.util.function.BiFunction")).missing());
        return List.copyOf(fixes);
    }
}
