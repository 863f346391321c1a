package org.torito.virtio.queue;

/** The VIRTIO_F_EVENT_IDX rule (virtio 1.2 2.7.10): whether moving an index past an event index calls for a notification. */
public final class EventIndex {

    private EventIndex() {
    }

    /**
     * True when the other side asked to be told once the index passes {@code event}, and the
     * index moved from {@code oldIdx} to {@code newIdx} past it. All values are 16-bit and wrap.
     */
    public static boolean needsEvent(int event, int newIdx, int oldIdx) {
        return ((newIdx - event - 1) & 0xffff) < ((newIdx - oldIdx) & 0xffff);
    }
}
