Feature: Breakfast list
  A guest is on the breakfast list for a day when that day falls within the stay, from the arrival day up to and including the departure day.

  Scenario Outline: checking the breakfast list
    Given a guest staying from day <arrival> to day <departure>
    And breakfast is asked for on day <day>
    When the breakfast list is checked
    Then the guest is on the list: <listed>

    Examples:
      | arrival | departure | day | listed |
      | 5       | 9         | 6   | yes    |
      | 5       | 9         | 4   | no     |
      | 5       | 9         | 10  | no     |
      | 20      | 25        | 25  | yes    |
      | 1       | 1         | 2   | no     |
