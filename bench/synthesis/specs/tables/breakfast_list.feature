Feature: Breakfast list
  A guest is on the breakfast list for a day when that day falls within the stay, from the arrival day up to and including the departure day.

  Scenario Outline: checking the breakfast list
    Given a guest staying from day <arrival> to day <departure>
    And breakfast is asked for on day <day>
    When the breakfast list is checked
    Then the guest is on the list: <listed>

    Examples:
      | arrival | departure | day | listed |
      | 3       | 7         | 5   | yes    |
      | 3       | 7         | 3   | yes    |
      | 3       | 7         | 7   | yes    |
      | 3       | 7         | 2   | no     |
      | 3       | 7         | 8   | no     |
      | 10      | 10        | 10  | yes    |
      | 1       | 30        | 31  | no     |
