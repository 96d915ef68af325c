/**
 */
package io.medli.recipe.impl;

import io.medli.recipe.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class RecipeFactoryImpl extends EFactoryImpl implements RecipeFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static RecipeFactory init() {
		try {
			RecipeFactory theRecipeFactory = (RecipeFactory)EPackage.Registry.INSTANCE.getEFactory(RecipePackage.eNS_URI);
			if (theRecipeFactory != null) {
				return theRecipeFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new RecipeFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecipeFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case RecipePackage.RECIPE: return createRecipe();
			case RecipePackage.DATA_SET: return createDataSet();
			case RecipePackage.TARGET: return createTarget();
			case RecipePackage.GOAL: return createGoal();
			case RecipePackage.SPECIALIZE_STEP: return createSpecializeStep();
			case RecipePackage.DISTILL_STEP: return createDistillStep();
			case RecipePackage.PRUNE_STEP: return createPruneStep();
			case RecipePackage.RETRAIN_STEP: return createRetrainStep();
			case RecipePackage.QUANTIZE_STEP: return createQuantizeStep();
			case RecipePackage.OPTIMIZE_STEP: return createOptimizeStep();
			case RecipePackage.EVALUATE_STEP: return createEvaluateStep();
			case RecipePackage.BENCHMARK_STEP: return createBenchmarkStep();
			case RecipePackage.VARIANT: return createVariant();
			case RecipePackage.SEARCH: return createSearch();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case RecipePackage.DATA_ROLE:
				return createDataRoleFromString(eDataType, initialValue);
			case RecipePackage.LAYOUT:
				return createLayoutFromString(eDataType, initialValue);
			case RecipePackage.TARGET_KIND:
				return createTargetKindFromString(eDataType, initialValue);
			case RecipePackage.GOAL_METRIC:
				return createGoalMetricFromString(eDataType, initialValue);
			case RecipePackage.BACKBONE_TRAINING:
				return createBackboneTrainingFromString(eDataType, initialValue);
			case RecipePackage.PRUNE_STRUCTURE:
				return createPruneStructureFromString(eDataType, initialValue);
			case RecipePackage.NORM:
				return createNormFromString(eDataType, initialValue);
			case RecipePackage.QUANTIZE_MODE:
				return createQuantizeModeFromString(eDataType, initialValue);
			case RecipePackage.RANGE_METHOD:
				return createRangeMethodFromString(eDataType, initialValue);
			case RecipePackage.WEIGHT_ROUNDING:
				return createWeightRoundingFromString(eDataType, initialValue);
			case RecipePackage.OPTIMIZE_LEVEL:
				return createOptimizeLevelFromString(eDataType, initialValue);
			case RecipePackage.SEARCH_STRATEGY:
				return createSearchStrategyFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case RecipePackage.DATA_ROLE:
				return convertDataRoleToString(eDataType, instanceValue);
			case RecipePackage.LAYOUT:
				return convertLayoutToString(eDataType, instanceValue);
			case RecipePackage.TARGET_KIND:
				return convertTargetKindToString(eDataType, instanceValue);
			case RecipePackage.GOAL_METRIC:
				return convertGoalMetricToString(eDataType, instanceValue);
			case RecipePackage.BACKBONE_TRAINING:
				return convertBackboneTrainingToString(eDataType, instanceValue);
			case RecipePackage.PRUNE_STRUCTURE:
				return convertPruneStructureToString(eDataType, instanceValue);
			case RecipePackage.NORM:
				return convertNormToString(eDataType, instanceValue);
			case RecipePackage.QUANTIZE_MODE:
				return convertQuantizeModeToString(eDataType, instanceValue);
			case RecipePackage.RANGE_METHOD:
				return convertRangeMethodToString(eDataType, instanceValue);
			case RecipePackage.WEIGHT_ROUNDING:
				return convertWeightRoundingToString(eDataType, instanceValue);
			case RecipePackage.OPTIMIZE_LEVEL:
				return convertOptimizeLevelToString(eDataType, instanceValue);
			case RecipePackage.SEARCH_STRATEGY:
				return convertSearchStrategyToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Recipe createRecipe() {
		RecipeImpl recipe = new RecipeImpl();
		return recipe;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataSet createDataSet() {
		DataSetImpl dataSet = new DataSetImpl();
		return dataSet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Target createTarget() {
		TargetImpl target = new TargetImpl();
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Goal createGoal() {
		GoalImpl goal = new GoalImpl();
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SpecializeStep createSpecializeStep() {
		SpecializeStepImpl specializeStep = new SpecializeStepImpl();
		return specializeStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DistillStep createDistillStep() {
		DistillStepImpl distillStep = new DistillStepImpl();
		return distillStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PruneStep createPruneStep() {
		PruneStepImpl pruneStep = new PruneStepImpl();
		return pruneStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RetrainStep createRetrainStep() {
		RetrainStepImpl retrainStep = new RetrainStepImpl();
		return retrainStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public QuantizeStep createQuantizeStep() {
		QuantizeStepImpl quantizeStep = new QuantizeStepImpl();
		return quantizeStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OptimizeStep createOptimizeStep() {
		OptimizeStepImpl optimizeStep = new OptimizeStepImpl();
		return optimizeStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluateStep createEvaluateStep() {
		EvaluateStepImpl evaluateStep = new EvaluateStepImpl();
		return evaluateStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BenchmarkStep createBenchmarkStep() {
		BenchmarkStepImpl benchmarkStep = new BenchmarkStepImpl();
		return benchmarkStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Variant createVariant() {
		VariantImpl variant = new VariantImpl();
		return variant;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Search createSearch() {
		SearchImpl search = new SearchImpl();
		return search;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DataRole createDataRoleFromString(EDataType eDataType, String initialValue) {
		DataRole result = DataRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDataRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Layout createLayoutFromString(EDataType eDataType, String initialValue) {
		Layout result = Layout.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLayoutToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TargetKind createTargetKindFromString(EDataType eDataType, String initialValue) {
		TargetKind result = TargetKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTargetKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GoalMetric createGoalMetricFromString(EDataType eDataType, String initialValue) {
		GoalMetric result = GoalMetric.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGoalMetricToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BackboneTraining createBackboneTrainingFromString(EDataType eDataType, String initialValue) {
		BackboneTraining result = BackboneTraining.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBackboneTrainingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PruneStructure createPruneStructureFromString(EDataType eDataType, String initialValue) {
		PruneStructure result = PruneStructure.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPruneStructureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Norm createNormFromString(EDataType eDataType, String initialValue) {
		Norm result = Norm.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNormToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public QuantizeMode createQuantizeModeFromString(EDataType eDataType, String initialValue) {
		QuantizeMode result = QuantizeMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertQuantizeModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RangeMethod createRangeMethodFromString(EDataType eDataType, String initialValue) {
		RangeMethod result = RangeMethod.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRangeMethodToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WeightRounding createWeightRoundingFromString(EDataType eDataType, String initialValue) {
		WeightRounding result = WeightRounding.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertWeightRoundingToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OptimizeLevel createOptimizeLevelFromString(EDataType eDataType, String initialValue) {
		OptimizeLevel result = OptimizeLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOptimizeLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SearchStrategy createSearchStrategyFromString(EDataType eDataType, String initialValue) {
		SearchStrategy result = SearchStrategy.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSearchStrategyToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecipePackage getRecipePackage() {
		return (RecipePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static RecipePackage getPackage() {
		return RecipePackage.eINSTANCE;
	}

} //RecipeFactoryImpl
