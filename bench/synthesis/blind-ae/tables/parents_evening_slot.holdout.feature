Feature: Parents evening appointments
  Appointments last 10 minutes each, one after another from 16:00. Teachers take a
  15-minute break after the sixth appointment and another after the twelfth.

  Scenario Outline: the time of an appointment
    Given appointment number <slot>
    When the appointment time is looked up
    Then it starts at "<start>"
    And it ends at "<end>"

    Examples:
      | slot | start | end   |
      | 3    | 16:20 | 16:30 |
      | 5    | 16:40 | 16:50 |
      | 8    | 17:25 | 17:35 |
      | 11   | 17:55 | 18:05 |
      | 14   | 18:40 | 18:50 |
      | 20   | 19:40 | 19:50 |
