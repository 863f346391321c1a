package org.torito.boot.teavm;

import org.teavm.dependency.AbstractDependencyListener;
import org.teavm.dependency.DependencyAgent;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;

/**
 * Keeps {@code org.torito.guest.runtime.StackOverflows.raise()} in every image. Only C calls it
 * (the platform's java_stack.c, when the stack check that the build adds to TeaVM's
 * TEAVM_ALLOC_STACK fails), so TeaVM's reachability analysis would never see it.
 */
final class StackCheckMethods extends AbstractDependencyListener {

    static final MethodReference RAISE = new MethodReference("org.torito.guest.runtime.StackOverflows", "raise",
            ValueType.VOID);

    @Override
    public void started(DependencyAgent agent) {
        agent.linkMethod(RAISE).use();
    }
}
