/**
 */
package io.medli.recipe;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Retrain Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.medli.recipe.RetrainStep#getEpochs <em>Epochs</em>}</li>
 *   <li>{@link io.medli.recipe.RetrainStep#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link io.medli.recipe.RetrainStep#getBatch <em>Batch</em>}</li>
 * </ul>
 *
 * @see io.medli.recipe.RecipePackage#getRetrainStep()
 * @model
 * @generated
 */
public interface RetrainStep extends Step {
	/**
	 * Returns the value of the '<em><b>Epochs</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Epochs</em>' attribute.
	 * @see #setEpochs(int)
	 * @see io.medli.recipe.RecipePackage#getRetrainStep_Epochs()
	 * @model default="3"
	 * @generated
	 */
	int getEpochs();

	/**
	 * Sets the value of the '{@link io.medli.recipe.RetrainStep#getEpochs <em>Epochs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Epochs</em>' attribute.
	 * @see #getEpochs()
	 * @generated
	 */
	void setEpochs(int value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * The default value is <code>"0.001"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(double)
	 * @see io.medli.recipe.RecipePackage#getRetrainStep_LearningRate()
	 * @model default="0.001"
	 * @generated
	 */
	double getLearningRate();

	/**
	 * Sets the value of the '{@link io.medli.recipe.RetrainStep#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Batch</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Batch</em>' attribute.
	 * @see #setBatch(int)
	 * @see io.medli.recipe.RecipePackage#getRetrainStep_Batch()
	 * @model default="32"
	 * @generated
	 */
	int getBatch();

	/**
	 * Sets the value of the '{@link io.medli.recipe.RetrainStep#getBatch <em>Batch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch</em>' attribute.
	 * @see #getBatch()
	 * @generated
	 */
	void setBatch(int value);

} // RetrainStep
