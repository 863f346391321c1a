package org.torito.boot.teavm;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.teavm.backend.c.CTarget;
import org.teavm.backend.c.TeaVMCHost;
import org.teavm.backend.c.generate.CNameProvider;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassReader;
import org.teavm.model.ClassReaderSource;
import org.teavm.model.Instruction;
import org.teavm.model.ListableClassHolderSource;
import org.teavm.model.ListableClassReaderSource;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReader;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.instructions.InitClassInstruction;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.MonitorEnterInstruction;
import org.teavm.model.util.AsyncMethodFinder;
import org.teavm.vm.BuildTarget;
import org.teavm.vm.TeaVMTargetController;

/**
 * TeaVM's C target with {@link PhiSlots} and {@link RestoredArrayCasts} run on each method just
 * before the coroutine transformation (docs/aot-pipeline.md, "TeaVM coroutine bugs" 1 and 3),
 * and {@link EvaluationOrder} on each method just before C generation.
 * Everything else is CTarget's.
 * TeaVMCHost is declared again because TeaVM finds host extensions by the class's own
 * {@code getInterfaces()}: without it, plugins (metadata providers, ...) skip their C parts.
 */
public final class ToritoCTarget extends CTarget implements TeaVMCHost {
    private static final String FIBER = "org.teavm.runtime.Fiber";
    private static final MethodDescriptor CLINIT = new MethodDescriptor("<clinit>", ValueType.VOID);

    private TeaVMTargetController controller;
    private final Set<MethodReference> asyncMethods = new HashSet<>();

    public ToritoCTarget() {
        super(new CNameProvider());
    }

    @Override
    public void setController(TeaVMTargetController controller) {
        super.setController(controller);
        this.controller = controller;
    }

    /** CTarget keeps its async method set private; the same analysis again gives the same set. */
    @Override
    public void analyzeBeforeOptimizations(ListableClassReaderSource classSource) {
        super.analyzeBeforeOptimizations(classSource);
        AsyncMethodFinder finder = new AsyncMethodFinder(controller.getDependencyInfo().getCallGraph(),
                controller.getDependencyInfo());
        finder.find(classSource);
        asyncMethods.clear();
        asyncMethods.addAll(finder.getAsyncMethods());
        asyncMethods.addAll(finder.getAsyncFamilyMethods());
    }

    @Override
    public void afterOptimizations(Program program, MethodReader method) {
        new PhiSlots(this::suspends).apply(program, method.getReference());
        new RestoredArrayCasts(this::suspends).apply(program, method.getReference());
        super.afterOptimizations(program, method);
    }

    /** Before C generation: {@link EvaluationOrder} on every method's final program. */
    @Override
    public void emit(ListableClassHolderSource classes, BuildTarget buildTarget, String outputName) throws IOException {
        for (String className : classes.getClassNames()) {
            ClassHolder cls = classes.get(className);
            if (!ManagedCode.isManaged(cls)) {
                continue; // TeaVM's runtime: its generated C is what GeneratedCodePatch expects
            }
            for (MethodHolder method : cls.getMethods()) {
                // Not in methods that suspend: TeaVM splits those at each suspension and keeps
                // the types of their variables apart, which the extra variables upset (a
                // primitive array element landed in a pointer-typed local, DiskCheck).
                if (ManagedCode.isManaged(method) && !asyncMethods.contains(method.getReference())) {
                    EvaluationOrder.apply(method.getProgram());
                }
            }
        }
        super.emit(classes, buildTarget, outputName);
    }

    /** CoroutineTransformation's split points, taken wider where in doubt (a monitor may always wait). */
    private boolean suspends(Instruction insn) {
        if (insn instanceof InvokeInstruction invoke) {
            MethodReference target = invoke.getMethod();
            if (target.getClassName().equals(FIBER) || asyncMethods.contains(target)) {
                return true;
            }
            MethodReader resolved = controller.getUnprocessedClassSource().resolve(target);
            return resolved != null && asyncMethods.contains(resolved.getReference());
        }
        if (insn instanceof InitClassInstruction init) {
            ClassReaderSource classes = controller.getUnprocessedClassSource();
            ClassReader cls = classes.get(init.getClassName());
            MethodReader clinit = cls != null ? cls.getMethod(CLINIT) : null;
            return clinit != null && asyncMethods.contains(clinit.getReference());
        }
        return insn instanceof MonitorEnterInstruction;
    }
}
