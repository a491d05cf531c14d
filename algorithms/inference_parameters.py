"""Inference parameters of ``segregation:globalindices`` (null model, permutations, seed, bootstrap) and the
run of the core's ``inference_table`` with progress and cancellation."""

from qgis.core import (QgsProcessingException, QgsProcessingParameterEnum, QgsProcessingParameterNumber)

from ..compat import NUMBER_DOUBLE, NUMBER_INTEGER
from ..core.inference import Cancelled, inference_table
from ..translation import tr

NULL_MODEL = "NULL_MODEL"
PERMUTATIONS = "PERMUTATIONS"
SEED = "SEED"
CONFIDENCE = "CONFIDENCE"
ALTERNATIVE = "ALTERNATIVE"

NULL_MODEL_IDS = (None, "evenness", "systematic", "person_permutation", "geographic_permutation")
ALTERNATIVE_IDS = ("auto", "greater", "less", "two-sided")
#: Columns added to every output row so that a run can be reproduced from its output alone.
SETTINGS_COLUMNS = ("null_model", "permutations", "seed", "confidence", "alternative")


def add_inference_parameters(algorithm):
    algorithm.addParameter(QgsProcessingParameterEnum(NULL_MODEL, tr("Inference: null model"), options=[
        tr("None (no inference)"), tr("Evenness: unit totals fixed, groups drawn from the region's shares"),
        tr("Systematic: group totals fixed, members placed in proportion to unit size (Allen et al. 2015)"),
        tr("Person permutation: unit and group totals fixed"),
        tr("Geographic permutation: units shuffled over locations (spatial indices)")], defaultValue=0))
    algorithm.addParameter(QgsProcessingParameterNumber(
        PERMUTATIONS, tr("Permutations (null replicates; also bootstrap replications)"), type=NUMBER_INTEGER,
        defaultValue=999, minValue=0))
    algorithm.addParameter(QgsProcessingParameterNumber(
        SEED, tr("Random seed [empty = a new seed, written to the output]"), type=NUMBER_INTEGER, optional=True,
        minValue=0))
    algorithm.addParameter(QgsProcessingParameterNumber(
        CONFIDENCE, tr("Confidence level of the bootstrap intervals"), type=NUMBER_DOUBLE, defaultValue=0.95,
        minValue=0.5, maxValue=0.999))
    algorithm.addParameter(QgsProcessingParameterEnum(ALTERNATIVE, tr("Alternative hypothesis"), options=[
        tr("Automatic: more segregated (or less mixed) than the null"), tr("Greater than the null"),
        tr("Less than the null"), tr("Two-sided")], defaultValue=0))


def inference_settings(algorithm, parameters, context):
    """None when no null model is chosen, else the settings as a dict. A null model with 0 permutations is
    refused: it would add only empty inference columns."""
    null_model = NULL_MODEL_IDS[algorithm.parameterAsEnum(parameters, NULL_MODEL, context)]
    if null_model is None:
        return None
    permutations = algorithm.parameterAsInt(parameters, PERMUTATIONS, context)
    if permutations < 1:
        raise QgsProcessingException(tr("'{parameter}' must be at least 1 with a null model; choose '{none}' to "
                                        "compute the indices without inference.").format(
            parameter=tr("Permutations (null replicates; also bootstrap replications)"),
            none=tr("None (no inference)")))
    seed = parameters.get(SEED)
    return {
        "null_model": null_model,
        "permutations": permutations,
        "seed": None if seed in (None, "") else algorithm.parameterAsInt(parameters, SEED, context),
        "confidence": algorithm.parameterAsDouble(parameters, CONFIDENCE, context),
        "alternative": ALTERNATIVE_IDS[algorithm.parameterAsEnum(parameters, ALTERNATIVE, context)],
    }


def run_inference(settings, table, indices, result, missing, space, atkinson_b, feedback, progress_from=70.0,
                  progress_to=90.0):
    """``result`` (the index table) with the inference columns and the run's settings appended."""
    def progress(done, total):
        feedback.setProgress(progress_from + (progress_to - progress_from) * done / max(total, 1))
        return not feedback.isCanceled()

    try:
        inference = inference_table(table, indices, settings["null_model"], settings["permutations"],
                                    settings["seed"], settings["confidence"], settings["alternative"], missing,
                                    space, progress, atkinson_b)
    except Cancelled as error:
        raise QgsProcessingException(tr("Cancelled.")) from error
    except ValueError as error:
        raise QgsProcessingException(str(error)) from error
    used = inference.attrs.get("inference", {})
    extra = inference.drop(columns=["region", "group"])
    combined = result.reset_index(drop=True).join(extra.reset_index(drop=True))
    combined["null_model"] = settings["null_model"]
    combined["permutations"] = settings["permutations"]
    combined["seed"] = used.get("seed", settings["seed"])
    combined["confidence"] = settings["confidence"]
    combined["alternative"] = settings["alternative"]  # 'auto': greater, or less for the mixing indices
    feedback.pushInfo(tr("Inference: {model}, {n} permutations, seed {seed}.").format(
        model=settings["null_model"], n=settings["permutations"], seed=combined["seed"].iloc[0]))
    return combined
