package org.torito.guest.runtime;

import java.text.DecimalFormat;
import java.util.AbstractList;
import java.util.HashMap;
import java.util.IllegalFormatException;
import java.util.Locale;
import java.util.Random;

/**
 * Members of the class library that Java's access rules hide from the replacements in this
 * package: a protected field or method the JDK's own implementation uses. The image pipeline
 * (org.torito.boot.teavm.classlib.ClasslibAccessors) replaces each body with the access
 * itself; outside an image there is no way in, hence the exception.
 */
public final class ClasslibAccess {

    private ClasslibAccess() {
    }

    /** {@code list.modCount}: the count of structural changes iterators check against. */
    public static int modCount(AbstractList<?> list) {
        throw new UnsupportedOperationException("AbstractList.modCount is read only in an image");
    }

    /** {@code System.doArrayCopy}: TeaVM's unchecked copy (a memmove) behind System.arraycopy. */
    public static void copyArray(Object src, int srcPos, Object dest, int destPos, int length) {
        throw new UnsupportedOperationException("System.doArrayCopy is called only in an image");
    }

    /** {@code random.next(bits)}: the generator step a subclass of Random may override. */
    public static int next(Random random, int bits) {
        throw new UnsupportedOperationException("Random.next is called only in an image");
    }

    /**
     * {@code new IllegalFormatArgumentIndexException(index)}: what Formatter throws for
     * {@code %0$s}, a class of the JDK that is not public (TeaVM compiles the JDK's own).
     */
    public static IllegalFormatException illegalFormatArgumentIndex(int index) {
        throw new UnsupportedOperationException("IllegalFormatArgumentIndexException is made only in an image");
    }

    // TeaVM's HashMap (java.util.HashMap in an image): its table of HashMap$HashEntry chains and
    // the fields HashBuckets needs to lay it out as the JDK does. An entry is an Object here: its
    // class is TeaVM's own and has no name in the JDK.

    /** {@code map.elementData}: the table of buckets. */
    public static Object[] hashTable(HashMap<?, ?> map) {
        throw new UnsupportedOperationException("HashMap.elementData is read only in an image");
    }

    /** {@code map.newElementArray(length)}: a table of the entry type of the map's class (LinkedHashMap has its own). */
    public static Object[] newHashTable(HashMap<?, ?> map, int length) {
        throw new UnsupportedOperationException("HashMap.newElementArray is called only in an image");
    }

    /** {@code map.elementData = table; map.computeThreshold()}. */
    public static void setHashTable(HashMap<?, ?> map, Object[] table) {
        throw new UnsupportedOperationException("HashMap.elementData is written only in an image");
    }

    /** {@code map.elementCount}: the size, without calling a {@code size()} a subclass may override. */
    public static int hashMapSize(HashMap<?, ?> map) {
        throw new UnsupportedOperationException("HashMap.elementCount is read only in an image");
    }

    /** {@code map.modCount}. */
    public static int hashMapModCount(HashMap<?, ?> map) {
        throw new UnsupportedOperationException("HashMap.modCount is read only in an image");
    }

    /** {@code map.threshold}: the size past which the table doubles. */
    public static int hashMapThreshold(HashMap<?, ?> map) {
        throw new UnsupportedOperationException("HashMap.threshold is read only in an image");
    }

    /** {@code map.loadFactor}. */
    public static float hashMapLoadFactor(HashMap<?, ?> map) {
        throw new UnsupportedOperationException("HashMap.loadFactor is read only in an image");
    }

    /** {@code map.putImpl(key, value)}: a put that a subclass's {@code put} does not see, as in the JDK's putAll. */
    public static void putHashEntry(HashMap<Object, Object> map, Object key, Object value) {
        throw new UnsupportedOperationException("HashMap.putImpl is called only in an image");
    }

    /** {@code map.entryByKey(key)}: the key's entry (a {@code Map.Entry}), or null. */
    public static Object hashEntryFor(HashMap<?, ?> map, Object key) {
        throw new UnsupportedOperationException("HashMap.entryByKey is called only in an image");
    }

    /** {@code map.removeByKey(key)}: a remove that a subclass's {@code remove} does not see. */
    public static void removeHashEntry(HashMap<?, ?> map, Object key) {
        throw new UnsupportedOperationException("HashMap.removeByKey is called only in an image");
    }

    /** {@code entry.next}: the next entry of its bucket. */
    public static Object nextHashEntry(Object entry) {
        throw new UnsupportedOperationException("HashMap.HashEntry.next is read only in an image");
    }

    /** {@code entry.next = next}. */
    public static void setNextHashEntry(Object entry, Object next) {
        throw new UnsupportedOperationException("HashMap.HashEntry.next is written only in an image");
    }

    /** {@code entry.origKeyHash}: the key's hash as the map stores it (spread, see HashBuckets). */
    public static int hashEntryHash(Object entry) {
        throw new UnsupportedOperationException("HashMap.HashEntry.origKeyHash is read only in an image");
    }

    // TeaVM's DecimalFormat and DateFormat (java.text's in an image): members the JDK's classes
    // do not have, which DecimalFormatDoubles, DecimalPatterns and LocalizedDatePatterns build on.

    /**
     * {@code parser = new DecimalFormatParser(); parser.parse(pattern); parser.apply(format);
     * format.pattern = pattern}: TeaVM's applyPattern.
     */
    public static void applyDecimalPattern(DecimalFormat format, String pattern) {
        throw new UnsupportedOperationException("DecimalFormatParser is called only in an image");
    }

    /** {@code format.exponentDigits}: the minimum exponent digits, 0 for a pattern without E. */
    public static int decimalExponentDigits(DecimalFormat format) {
        throw new UnsupportedOperationException("DecimalFormat.exponentDigits is read only in an image");
    }

    /**
     * {@code format.formatExponent(mantissa, exponent, positive, buffer)}: TeaVM's layout of
     * mantissa x 10^(exponent - digits of mantissa + 1) in a pattern with E (multiplier applied).
     */
    public static void formatDecimalExponent(DecimalFormat format, long mantissa, int exponent, boolean positive,
                                             StringBuffer buffer) {
        throw new UnsupportedOperationException("DecimalFormat.formatExponent is called only in an image");
    }

    /** {@code DateFormat.getDateFormatString(style, locale)}: TeaVM's CLDR date pattern. */
    public static String cldrDatePattern(int style, Locale locale) {
        throw new UnsupportedOperationException("DateFormat.getDateFormatString is called only in an image");
    }

    /** {@code DateFormat.getTimeFormatString(style, locale)}: TeaVM's CLDR time pattern. */
    public static String cldrTimePattern(int style, Locale locale) {
        throw new UnsupportedOperationException("DateFormat.getTimeFormatString is called only in an image");
    }

    /** {@code DateFormat.getDateTimeFormatString(style, locale)}: TeaVM's CLDR "{1} {0}" glue. */
    public static String cldrDateTimePattern(int style, Locale locale) {
        throw new UnsupportedOperationException("DateFormat.getDateTimeFormatString is called only in an image");
    }
}
