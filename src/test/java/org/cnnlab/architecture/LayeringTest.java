package org.cnnlab.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of DESIGN.md §1, checked on every build. */
@AnalyzeClasses(packages = "org.cnnlab", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule onlyTheUiAndTheAppUseJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.cnnlab.ui..", "org.cnnlab.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the engines, decoders, trainers and the CLI must run without a display, "
                    + "and be testable without the JavaFX toolkit");

    @ArchTest
    static final ArchRule theUiNeverTouchesNativeTensorLibraries = noClasses()
            .that().resideInAPackage("org.cnnlab.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.nd4j..", "org.deeplearning4j..", "org.bytedeco..")
            .because("the UI receives immutable snapshots (float arrays, pixels), never live native tensors, "
                    + "so native work cannot run on the FX thread or outlive its buffers");

    @ArchTest
    static final ArchRule coreLayersDoNotDependOnFrontEnds = noClasses()
            .that().resideInAnyPackage("org.cnnlab.engine..", "org.cnnlab.imaging..", "org.cnnlab.training..",
                    "org.cnnlab.persist..", "org.cnnlab.lessons..", "org.cnnlab.services..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cnnlab.ui..", "org.cnnlab.cli..", "org.cnnlab.app..")
            .because("the app and the CLI are two front ends over the same services; the services know neither");

    @ArchTest
    static final ArchRule theEngineDoesNotKnowAboutFiles = noClasses()
            .that().resideInAPackage("org.cnnlab.engine..")
            .should().dependOnClassesThat().resideInAnyPackage("org.cnnlab.imaging..", "org.cnnlab.persist..")
            .because("the engine is pure arithmetic on float planes; images and files come from the layers above it");

    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("org.cnnlab.(*)..").should().beFreeOfCycles()
            .because("a cycle makes two packages one, and then neither can be tested or replaced alone");

    @ArchTest
    static final ArchRule viewModelsUseOnlyObservableValuesOfJavaFx = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            // its convenience constructor still hands results over with Platform::runLater; its tests inject their own
            .and().doNotHaveFullyQualifiedName("org.cnnlab.ui.sandbox.SandboxViewModel")
            .should().dependOnClassesThat(resideInAPackage("javafx..")
                    .and(not(resideInAnyPackage("javafx.beans..", "javafx.collections.."))))
            .because("a view model is state and commands without nodes or the toolkit: its tests run without a "
                    + "display, and it reaches the FX thread only through ui.tasks' TaskExecutor");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrintsToTheConsole = noClasses()
            .that().resideOutsideOfPackage("org.cnnlab.cli..")
            // the hidden --self-test option prints its report for the installer tests
            .and().doNotHaveFullyQualifiedName("org.cnnlab.app.Main")
            .should(ACCESS_STANDARD_STREAMS)
            .because("the app tells the user things in its message bar and writes details to its log file; "
                    + "only the CLI's output is meant for a terminal");
}
