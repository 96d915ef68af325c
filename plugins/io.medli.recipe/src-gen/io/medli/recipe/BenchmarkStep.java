/**
 */
package io.medli.recipe;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Benchmark Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.BenchmarkStep#getRounds <em>Rounds</em>}</li>
 *   <li>{@link io.medli.recipe.BenchmarkStep#getWarmup <em>Warmup</em>}</li>
 *   <li>{@link io.medli.recipe.BenchmarkStep#isMemory <em>Memory</em>}</li>
 * </ul>
 *
 * @see io.medli.recipe.RecipePackage#getBenchmarkStep()
 * @model
 * @generated
 */
public interface BenchmarkStep extends MeasureStep {
	/**
	 * Returns the value of the '<em><b>Rounds</b></em>' attribute.
	 * The default value is <code>"20"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rounds</em>' attribute.
	 * @see #setRounds(int)
	 * @see io.medli.recipe.RecipePackage#getBenchmarkStep_Rounds()
	 * @model default="20"
	 * @generated
	 */
	int getRounds();

	/**
	 * Sets the value of the '{@link io.medli.recipe.BenchmarkStep#getRounds <em>Rounds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rounds</em>' attribute.
	 * @see #getRounds()
	 * @generated
	 */
	void setRounds(int value);

	/**
	 * Returns the value of the '<em><b>Warmup</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Warmup</em>' attribute.
	 * @see #setWarmup(int)
	 * @see io.medli.recipe.RecipePackage#getBenchmarkStep_Warmup()
	 * @model default="3"
	 * @generated
	 */
	int getWarmup();

	/**
	 * Sets the value of the '{@link io.medli.recipe.BenchmarkStep#getWarmup <em>Warmup</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Warmup</em>' attribute.
	 * @see #getWarmup()
	 * @generated
	 */
	void setWarmup(int value);

	/**
	 * Returns the value of the '<em><b>Memory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory</em>' attribute.
	 * @see #setMemory(boolean)
	 * @see io.medli.recipe.RecipePackage#getBenchmarkStep_Memory()
	 * @model
	 * @generated
	 */
	boolean isMemory();

	/**
	 * Sets the value of the '{@link io.medli.recipe.BenchmarkStep#isMemory <em>Memory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory</em>' attribute.
	 * @see #isMemory()
	 * @generated
	 */
	void setMemory(boolean value);

} // BenchmarkStep
