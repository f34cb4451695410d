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
      | 1    | 16:00 | 16:10 |
      | 2    | 16:10 | 16:20 |
      | 6    | 16:50 | 17:00 |
      | 7    | 17:15 | 17:25 |
      | 9    | 17:35 | 17:45 |
      | 12   | 18:05 | 18:15 |
      | 13   | 18:30 | 18:40 |
      | 15   | 18:50 | 19:00 |
      | 18   | 19:20 | 19:30 |
