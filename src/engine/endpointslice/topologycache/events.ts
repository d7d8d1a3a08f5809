/** Event wording of the topology cache (k8s.io/endpointslice topologycache/event.go). */

export const NoZoneSpecified = 'One or more endpoints do not have a zone specified';
export const NoAllocatedHintsForZones = 'No hints allocated for zones';
export const TopologyAwareHintsEnabled = 'Topology Aware Hints has been enabled';
export const TopologyAwareHintsDisabled = 'Topology Aware Hints has been disabled';
export const InsufficientNodeInfo = 'Insufficient Node information: allocatable CPU or zone not specified on one or more nodes';
export const NodesReadyInOneZoneOnly = 'Nodes only ready in one zone';
export const InsufficientNumberOfEndpoints = 'Insufficient number of endpoints';
export const MinAllocationExceedsOverloadThreshold =
  'Unable to allocate minimum required endpoints to each zone without exceeding overload threshold';

/** An Event the controller records on the Service (EventBuilder). */
export interface TopologyEvent {
  type: 'Normal' | 'Warning';
  reason: 'TopologyAwareHintsEnabled' | 'TopologyAwareHintsDisabled';
  /** Without the address type suffix. */
  message: string;
}

/**
 * A Warning event with reason TopologyAwareHintsDisabled.
 *
 * @example
 * disabledEvent(NoZoneSpecified).reason; // 'TopologyAwareHintsDisabled'
 */
export function disabledEvent(message: string): TopologyEvent {
  return { type: 'Warning', reason: 'TopologyAwareHintsDisabled', message };
}

/**
 * FormatWithAddressType: the message as the Event shows it.
 *
 * @example
 * formatWithAddressType(NoZoneSpecified, 'IPv4'); // 'One or more endpoints do not have a zone specified, addressType: IPv4'
 */
export function formatWithAddressType(message: string, addressType: string): string {
  return `${message}, addressType: ${addressType}`;
}
