package dev.seatledger.core.grade;

/** Whether every answer was given by a person, or some came from AI proposals the person reviewed. */
public enum EvaluationSource {
    MANUAL, AI_REVIEWED
}
