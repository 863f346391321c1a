package org.torito.guest.runtime.collections;

import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.torito.guest.runtime.ClasslibAccess;

/**
 * The JDK's bucket layout for TeaVM's {@code HashMap} (and so {@code HashSet}), so that a map
 * iterates in HotSpot's order: programs print maps and sets, and a different order is a
 * different output. The order follows from three rules the JDK keeps and TeaVM 0.15 (Apache
 * Harmony's map) did not: the bucket is chosen by {@code h ^ (h >>> 16)} ({@link #spread}); a
 * new entry goes to the tail of its bucket, and growing keeps each bucket's order, so a bucket
 * lists its keys in insertion order; and the table has the JDK's length for the same calls.
 * With those, the iteration order depends only on the final table length, not on when it grew.
 * The image pipeline (org.torito.boot.teavm.classlib.HashMapOrder) routes TeaVM's map here.
 */
public final class HashBuckets {
    private static final int MAXIMUM_CAPACITY = 1 << 30;
    /** The length a map made by {@code new HashMap()} has in TeaVM: the JDK allocates it at the first put. */
    private static final int DEFAULT_LENGTH = 16;
    /** The JDK makes a bucket longer than this a tree, or grows a table shorter than MIN_TREEIFY_CAPACITY. */
    private static final int TREEIFY_THRESHOLD = 8;
    private static final int MIN_TREEIFY_CAPACITY = 64;

    private HashBuckets() {
    }

    /** The JDK's {@code HashMap.hash}: the high bits take part in the bucket index of a small table. */
    public static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }

    /** The power of two a table for {@code capacity} entries has ({@code HashMap.tableSizeFor}). */
    public static int tableSizeFor(int capacity) {
        if (capacity >= MAXIMUM_CAPACITY) {
            return MAXIMUM_CAPACITY;
        }
        return capacity <= 1 ? 1 : Integer.highestOneBit(capacity - 1) << 1;
    }

    /** The capacity {@code new HashSet<>(collection)} asks its map for. */
    public static int capacityForCollection(int size) {
        return Math.max((int) (size / .75f) + 1, DEFAULT_LENGTH);
    }

    /**
     * Appends {@code entry} to the tail of bucket {@code index}. A bucket of nine or more makes
     * the JDK grow a table shorter than 64 (where it would make the bucket a tree), so it grows.
     */
    public static void append(HashMap<?, ?> map, int index, Object entry) {
        Object[] table = ClasslibAccess.hashTable(map);
        Object last = table[index];
        if (last == null) {
            table[index] = entry;
            return;
        }
        int length = 2;
        for (Object next = ClasslibAccess.nextHashEntry(last); next != null; next = ClasslibAccess.nextHashEntry(last)) {
            last = next;
            length++;
        }
        ClasslibAccess.setNextHashEntry(last, entry);
        if (length > TREEIFY_THRESHOLD && table.length < MIN_TREEIFY_CAPACITY) {
            resize(map, table.length << 1);
        }
    }

    /** {@code map.rehash(capacity)}: TeaVM grows to twice the capacity it is given. */
    public static void rehash(HashMap<?, ?> map, int capacity) {
        resize(map, tableSizeFor(capacity == 0 ? 1 : capacity << 1));
    }

    /**
     * {@code map.putAllImpl(other)}: sizes the table as the JDK's {@code putMapEntries} does, then
     * puts each entry without calling an overridable {@code put}, as the JDK does.
     */
    public static void putAllImpl(HashMap<Object, Object> map, Map<?, ?> other) {
        int size = other.size();
        if (size > 0) {
            int length = ClasslibAccess.hashTable(map).length;
            if (ClasslibAccess.hashMapSize(map) == 0 && ClasslibAccess.hashMapModCount(map) == 0) {
                // The JDK has no table yet: it makes one for the incoming entries, or of the
                // capacity the constructor named if that is larger.
                int wanted = tableSizeFor((int) (size / ClasslibAccess.hashMapLoadFactor(map) + 1.0f));
                int named = length == DEFAULT_LENGTH ? 0 : length;
                int target = Math.max(wanted, named);
                if (target != length) {
                    resize(map, target);
                }
            } else {
                while (size > ClasslibAccess.hashMapThreshold(map) && length < MAXIMUM_CAPACITY) {
                    length <<= 1;
                    resize(map, length);
                }
            }
        }
        for (Map.Entry<?, ?> entry : other.entrySet()) {
            ClasslibAccess.putHashEntry(map, entry.getKey(), entry.getValue());
        }
    }

    /**
     * {@code map.computeIfAbsent(key, function)}. TeaVM's map had only Map's default (a get and a
     * put); the JDK's puts the new entry at the head of its bucket, which shows in the order.
     */
    public static Object computeIfAbsent(HashMap<Object, Object> map, Object key,
                                         Function<Object, Object> function) {
        Objects.requireNonNull(function);
        if (map instanceof LinkedHashMap) {
            return linkedComputeIfAbsent(map, key, function);
        }
        Map.Entry<Object, Object> entry = entry(map, key);
        if (entry != null && entry.getValue() != null) {
            return entry.getValue();
        }
        int modCount = ClasslibAccess.hashMapModCount(map);
        Object value = function.apply(key);
        checkUnchanged(map, modCount);
        if (value != null) {
            if (entry != null) {
                entry.setValue(value);
            } else {
                insertFirst(map, key, value);
            }
        }
        return value;
    }

    /** {@code map.compute(key, function)}, a new entry at the head of its bucket as in the JDK. */
    public static Object compute(HashMap<Object, Object> map, Object key,
                                 BiFunction<Object, Object, Object> function) {
        Objects.requireNonNull(function);
        if (map instanceof LinkedHashMap) {
            return linkedCompute(map, key, function);
        }
        Map.Entry<Object, Object> entry = entry(map, key);
        int modCount = ClasslibAccess.hashMapModCount(map);
        Object value = function.apply(key, entry == null ? null : entry.getValue());
        checkUnchanged(map, modCount);
        if (entry != null) {
            if (value != null) {
                entry.setValue(value);
            } else {
                ClasslibAccess.removeHashEntry(map, key);
            }
        } else if (value != null) {
            insertFirst(map, key, value);
        }
        return value;
    }

    /** {@code map.merge(key, value, function)}, a new entry at the head of its bucket as in the JDK. */
    public static Object merge(HashMap<Object, Object> map, Object key, Object value,
                               BiFunction<Object, Object, Object> function) {
        if (value == null || function == null) {
            throw new NullPointerException();
        }
        if (map instanceof LinkedHashMap) {
            return linkedMerge(map, key, value, function);
        }
        Map.Entry<Object, Object> entry = entry(map, key);
        if (entry == null) {
            insertFirst(map, key, value);
            return value;
        }
        Object merged = value;
        if (entry.getValue() != null) {
            int modCount = ClasslibAccess.hashMapModCount(map);
            merged = function.apply(entry.getValue(), value);
            checkUnchanged(map, modCount);
        }
        if (merged != null) {
            entry.setValue(merged);
        } else {
            ClasslibAccess.removeHashEntry(map, key);
        }
        return merged;
    }

    // A LinkedHashMap keeps its own order and links entries in its own put: it keeps Map's
    // default methods, which call its get and put.

    private static Object linkedComputeIfAbsent(Map<Object, Object> map, Object key, Function<Object, Object> function) {
        Object old = map.get(key);
        if (old != null) {
            return old;
        }
        Object value = function.apply(key);
        if (value != null) {
            map.put(key, value);
        }
        return value;
    }

    private static Object linkedCompute(Map<Object, Object> map, Object key, BiFunction<Object, Object, Object> function) {
        Object old = map.get(key);
        Object value = function.apply(key, old);
        if (value != null) {
            map.put(key, value);
        } else if (old != null || map.containsKey(key)) {
            map.remove(key);
        }
        return value;
    }

    private static Object linkedMerge(Map<Object, Object> map, Object key, Object value,
                                      BiFunction<Object, Object, Object> function) {
        Object old = map.get(key);
        Object merged = old == null ? value : function.apply(old, value);
        if (merged == null) {
            map.remove(key);
        } else {
            map.put(key, merged);
        }
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static Map.Entry<Object, Object> entry(HashMap<Object, Object> map, Object key) {
        return (Map.Entry<Object, Object>) ClasslibAccess.hashEntryFor(map, key);
    }

    private static void checkUnchanged(HashMap<?, ?> map, int modCount) {
        if (ClasslibAccess.hashMapModCount(map) != modCount) {
            throw new ConcurrentModificationException();
        }
    }

    /**
     * Puts a new entry and moves it to the head of its bucket. The JDK inserts it there before it
     * grows the table, and growing keeps the order within a bucket, so the head stays the head.
     */
    private static void insertFirst(HashMap<Object, Object> map, Object key, Object value) {
        ClasslibAccess.putHashEntry(map, key, value);
        Object entry = ClasslibAccess.hashEntryFor(map, key);
        Object[] table = ClasslibAccess.hashTable(map);
        int index = ClasslibAccess.hashEntryHash(entry) & (table.length - 1);
        Object head = table[index];
        if (head == entry) {
            return;
        }
        Object previous = head;
        while (ClasslibAccess.nextHashEntry(previous) != entry) {
            previous = ClasslibAccess.nextHashEntry(previous);
        }
        ClasslibAccess.setNextHashEntry(previous, ClasslibAccess.nextHashEntry(entry));
        ClasslibAccess.setNextHashEntry(entry, head);
        table[index] = entry;
    }

    /** Moves every entry into a table of {@code length}, each bucket keeping its order. */
    private static void resize(HashMap<?, ?> map, int length) {
        Object[] old = ClasslibAccess.hashTable(map);
        Object[] table = ClasslibAccess.newHashTable(map, length);
        Object[] tails = new Object[length];
        for (int i = 0; i < old.length; i++) {
            Object entry = old[i];
            while (entry != null) {
                Object next = ClasslibAccess.nextHashEntry(entry);
                ClasslibAccess.setNextHashEntry(entry, null);
                int index = ClasslibAccess.hashEntryHash(entry) & (length - 1);
                if (tails[index] == null) {
                    table[index] = entry;
                } else {
                    ClasslibAccess.setNextHashEntry(tails[index], entry);
                }
                tails[index] = entry;
                entry = next;
            }
        }
        ClasslibAccess.setHashTable(map, table);
    }
}
