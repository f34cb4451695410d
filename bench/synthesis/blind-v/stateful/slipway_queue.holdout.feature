Feature: Slipway queue
  Boats wait at the slipway and launch one at a time in the order they arrived. When the
  lifeboat is called out it goes straight to the front of the queue.

  Scenario: a shout between two boats
    Given the slipway is clear
    When "Merlin" joins the queue
    And the lifeboat is called out
    And "Heron" joins the queue
    Then the queue reads "lifeboat, Merlin, Heron"
    When the next boat launches
    And the next boat launches
    Then "Merlin" is launching
    And the queue reads "Heron"

  Scenario: a boat that left and one that joined twice
    Given the slipway is clear
    When "Kestrel" joins the queue
    And "Kestrel" gives up waiting
    And the next boat launches
    Then the harbourmaster says "nobody is waiting"
    When "Osprey" joins the queue
    And "Osprey" joins the queue
    Then the harbourmaster says "Osprey is already in the queue"
    And the queue reads "Osprey"

  Scenario: only the lifeboat left
    Given the slipway is clear
    When the lifeboat is called out
    And "Puffin" joins the queue
    And "Puffin" gives up waiting
    And "Puffin" gives up waiting
    Then the harbourmaster says "Puffin is not in the queue"
    When the next boat launches
    Then "lifeboat" is launching
    And the queue is empty
