Feature: Tram display

  Scenario Outline: the display at the stop
    Given the next tram goes to "<stop>"
    And the wait in minutes is <minutes>
    When the display updates
    Then the display shows "<text>"

    Examples:
      | stop      | minutes | text              |
      | Harbour   | 0       | Harbour due       |
      | Harbour   | 1       | Harbour 1 min     |
      | Harbour   | 2       | Harbour 2 mins    |
      | Old Town  | 7       | Old Town 7 mins   |
      | Old Town  | 1       | Old Town 1 min    |
      | Airport   | 15      | Airport 15 mins   |
      | Airport   | 0       | Airport due       |
      | City Park | 30      | City Park 30 mins |
