Feature: Tram display

  Scenario Outline: the display at the stop
    Given the next tram goes to "<stop>"
    And the wait in minutes is <minutes>
    When the display updates
    Then the display shows "<text>"

    Examples:
      | stop     | minutes | text             |
      | Harbour  | 3       | Harbour 3 mins   |
      | Museum   | 1       | Museum 1 min     |
      | Museum   | 0       | Museum due       |
      | Old Town | 12      | Old Town 12 mins |
      | Stadium  | 45      | Stadium 45 mins  |
      | Airport  | 9       | Airport 9 mins   |
